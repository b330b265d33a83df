package org.newsgraph.annotate;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One compiled pattern rule: either a TokensRegex pattern with groups {@code $subj} and {@code
 * $obj}, or a Semgrex pattern with nodes {@code subj} and {@code obj}. Exactly one of {@code
 * tokens} and {@code semgrex} is set.
 *
 * @param name unique rule name; candidates carry the extractor {@code pattern:NAME}
 * @param location file name and line where the rule starts, for messages
 * @param relation the relation name the rule proposes
 * @param confidence the confidence given to its candidates, in [0, 1]
 * @param tokens the TokensRegex pattern, or null
 * @param semgrex the Semgrex pattern, or null
 */
record PatternRule(
    String name,
    String location,
    String relation,
    double confidence,
    TokenSequencePattern tokens,
    SemgrexPattern semgrex) {

  /** The extractor name written on this rule's candidates. */
  String extractor() {
    return "pattern:" + name;
  }
}
