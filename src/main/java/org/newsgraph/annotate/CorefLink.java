package org.newsgraph.annotate;

import java.io.Serializable;

/**
 * A pronoun or description that CoreNLP's coreference resolved to a name: "she" or "the company"
 * together with the proper-name mention of its chain that the later stages can map to an entity.
 * Filled only when the pipeline ran {@code coref} ({@link AnnotatorSettings#coref()}).
 *
 * @param sentence 0-based sentence index of the pronoun or description
 * @param tokenBegin 0-based index of its first token within the sentence
 * @param tokenEnd index just past its last token
 * @param mention its text and document offsets ("she", "the Lyon-based company")
 * @param pronominal whether it is a pronoun (otherwise a nominal description)
 * @param antecedentSentence 0-based sentence index of the antecedent
 * @param antecedent the antecedent's text and document offsets: the proper-name mention of the
 *     chain nearest before the mention, or the chain's representative when it is a name and none
 *     comes before
 */
public record CorefLink(
    int sentence,
    int tokenBegin,
    int tokenEnd,
    TextSpan mention,
    boolean pronominal,
    int antecedentSentence,
    TextSpan antecedent)
    implements Serializable {

  /** Whether the mention's span contains the given span. */
  public boolean covers(TextSpan span) {
    return mention.begin() <= span.begin() && span.end() <= mention.end();
  }
}
