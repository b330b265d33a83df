package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.SourceDocument;

/**
 * Joins the annotations of a document's pieces, annotated one by one as if each were a document of
 * its own, into the annotations of the whole document: the record a whole-document annotation would
 * give. Character offsets move by the piece's offset in the document, sentence indexes by the
 * number of sentences of the pieces before, and coreference chain ids past the largest id of the
 * pieces before (chains and coreference links never cross pieces); token indexes and dependency
 * edges are within one sentence and stay. Every span's text is checked against the document's text
 * at its new offsets. Pieces must be added in text order.
 */
final class PieceMerger {

  private final SourceDocument document;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<RelationCandidate> candidates = new ArrayList<>();
  private final List<CorefLink> corefLinks = new ArrayList<>();
  private int nextChain;
  private int lastOffset = -1;

  /** A merger for the pieces of this document. */
  PieceMerger(SourceDocument document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  /**
   * Adds the annotations of the next piece.
   *
   * @param offset where the piece starts in the document's text
   * @param piece the piece's annotations, offsets into the piece's text
   * @throws IllegalArgumentException when the pieces come out of order or a span's text is not the
   *     document's text at its shifted offsets
   */
  void add(int offset, AnnotatedDocument piece) {
    if (offset <= lastOffset) {
      throw new IllegalArgumentException(
          "pieces must be added in text order; got offset " + offset + " after " + lastOffset);
    }
    lastOffset = offset;
    int sentenceBase = sentences.size();
    int chainBase = nextChain;
    for (Sentence s : piece.sentences()) {
      sentences.add(shift(s, offset, sentenceBase));
    }
    for (Mention m : piece.mentions()) {
      int chain = m.corefChain() < 0 ? m.corefChain() : m.corefChain() + chainBase;
      nextChain = Math.max(nextChain, chain + 1);
      mentions.add(
          new Mention(
              m.sentence() + sentenceBase,
              m.tokenBegin(),
              m.tokenEnd(),
              shift(m.span(), offset),
              m.type(),
              chain));
    }
    for (RelationCandidate c : piece.candidates()) {
      candidates.add(
          new RelationCandidate(
              c.sentence() + sentenceBase,
              shift(c.subject(), offset),
              c.relation(),
              shift(c.object(), offset),
              c.extractor(),
              c.confidence()));
    }
    for (CorefLink link : piece.corefLinks()) {
      corefLinks.add(
          new CorefLink(
              link.sentence() + sentenceBase,
              link.tokenBegin(),
              link.tokenEnd(),
              shift(link.mention(), offset),
              link.pronominal(),
              link.antecedentSentence() + sentenceBase,
              shift(link.antecedent(), offset)));
    }
  }

  /** The whole document's annotations. */
  AnnotatedDocument merged() {
    return new AnnotatedDocument(document, sentences, mentions, candidates, corefLinks);
  }

  private static Sentence shift(Sentence s, int offset, int sentenceBase) {
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(
          new Token(
              t.index(),
              t.word(),
              t.lemma(),
              t.pos(),
              t.ner(),
              t.begin() + offset,
              t.end() + offset));
    }
    return new Sentence(
        s.index() + sentenceBase, s.begin() + offset, s.end() + offset, tokens, s.dependencies());
  }

  private TextSpan shift(TextSpan span, int offset) {
    TextSpan moved = new TextSpan(span.begin() + offset, span.end() + offset, span.text());
    String text = document.text();
    if (moved.end() > text.length()
        || !text.regionMatches(moved.begin(), moved.text(), 0, moved.text().length())
        || moved.end() - moved.begin() != moved.text().length()) {
      throw new IllegalArgumentException(
          "the span '"
              + span.text()
              + "' of a piece at offset "
              + offset
              + " is not the text of the document '"
              + document.id()
              + "' at "
              + moved.begin()
              + "-"
              + moved.end());
    }
    return moved;
  }
}
