package org.newsgraph.resolve;

import java.util.Comparator;
import java.util.List;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Token;

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

  /** Text order: by document, then start, then end. */
  static final Comparator<NameMention> TEXT_ORDER =
      Comparator.comparing(NameMention::docId)
          .thenComparingInt(NameMention::begin)
          .thenComparingInt(NameMention::end);

  /** How a mention was found. */
  enum Origin {
    /** A CoreNLP NER mention, unchanged. */
    NER,
    /** Built by a span repair rule from NER mentions and tokens. */
    REPAIRED,
    /** An acronym or group name defined in the text ("(ABC)", "known as the ABC"). */
    DEFINED,
    /** A nationality word that stands for its country ("Chilean" in "Chilean minister"). */
    DEMONYM,
    /**
     * A name the text describes as an organisation ("Acme, the Lyon-based group"): it makes its
     * entity an organisation whatever the other mentions vote.
     */
    DESCRIBED
  }

  /** Whether the two mentions share a character. */
  boolean overlaps(NameMention other) {
    return docId.equals(other.docId) && begin < other.end && other.begin < end;
  }

  /** Whether one of the mentions of the document shares a character with the token. */
  static boolean anyOverlaps(List<NameMention> mentions, String docId, Token token) {
    return mentions.stream()
        .anyMatch(
            m -> m.docId().equals(docId) && m.begin() < token.end() && token.begin() < m.end());
  }

  /** The same mention with another NER type. */
  NameMention withNer(NerTag newNer) {
    return new NameMention(docId, sentence, tokenBegin, tokenEnd, begin, end, text, newNer, origin);
  }

  /** The same span, an organisation the text describes as one. */
  NameMention describedOrganization() {
    return new NameMention(
        docId,
        sentence,
        tokenBegin,
        tokenEnd,
        begin,
        end,
        text,
        NerTag.ORGANIZATION,
        Origin.DESCRIBED);
  }
}
