package org.newsgraph.extract;

/**
 * One sentence that supports a fact.
 *
 * @param docId the document
 * @param sentence 0-based sentence index
 * @param begin document character offset of the sentence
 * @param end document character offset just past the sentence
 * @param sentenceText the sentence, verbatim from the document text
 * @param extractor what found it: {@code kbp} or {@code pattern:RULE_NAME}
 * @param confidence that extractor's confidence for this sentence, in [0, 1]
 */
public record Evidence(
    String docId,
    int sentence,
    int begin,
    int end,
    String sentenceText,
    String extractor,
    double confidence) {

  /** The same sentence as support found by another extractor, with its confidence. */
  Evidence by(String otherExtractor, double otherConfidence) {
    return new Evidence(docId, sentence, begin, end, sentenceText, otherExtractor, otherConfidence);
  }
}
