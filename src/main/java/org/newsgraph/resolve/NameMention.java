package org.newsgraph.resolve;

import org.newsgraph.annotate.NerTag;

/**
 * A stretch of text that may name an entity, after span repair: the resolver's working unit.
 *
 * @param docId the document
 * @param sentence 0-based sentence index
 * @param tokenBegin first token within the sentence
 * @param tokenEnd token index just past the mention
 * @param begin document character offset
 * @param end document character offset just past the mention
 * @param text the surface form, verbatim
 * @param ner the (possibly repaired) fine-grained NER type, e.g. {@link NerTag#ORGANIZATION}
 * @param origin how the mention was found
 */
record NameMention(
    String docId,
    int sentence,
    int tokenBegin,
    int tokenEnd,
    int begin,
    int end,
    String text,
    NerTag ner,
    Origin origin) {

  /** How a mention was found. */
  enum Origin {
    /** A CoreNLP NER mention, unchanged. */
    NER,
    /** Built by a span repair rule from NER mentions and tokens. */
    REPAIRED,
    /** An acronym or group name defined in the text ("(ABC)", "known as the ABC"). */
    DEFINED,
    /** A nationality word that stands for its country ("Chilean" in "Chilean minister"). */
    DEMONYM
  }

  /** Whether the two mentions share a character. */
  boolean overlaps(NameMention other) {
    return docId.equals(other.docId) && begin < other.end && other.begin < end;
  }

  /** The same mention with another NER type. */
  NameMention withNer(NerTag newNer) {
    return new NameMention(docId, sentence, tokenBegin, tokenEnd, begin, end, text, newNer, origin);
  }
}
