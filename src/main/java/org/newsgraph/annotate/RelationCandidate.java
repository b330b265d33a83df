package org.newsgraph.annotate;

import java.io.Serializable;

/**
 * A relation between two spans of one sentence, proposed by CoreNLP's KBP annotator or by one of
 * the project's own pattern rules. It is only a candidate: the extract stage decides whether it
 * becomes a fact.
 *
 * @param sentence 0-based sentence index
 * @param subject the subject span
 * @param relation the relation name: a KBP slot name (e.g. {@code org:city_of_headquarters}) for
 *     KBP candidates, or a project relation name (e.g. {@code headquarters}) for pattern rules
 * @param object the object span
 * @param extractor what proposed it: {@code kbp} or {@code pattern:RULE_NAME}
 * @param confidence the proposer's confidence in [0, 1]
 */
public record RelationCandidate(
    int sentence,
    TextSpan subject,
    String relation,
    TextSpan object,
    String extractor,
    double confidence)
    implements Serializable {}
