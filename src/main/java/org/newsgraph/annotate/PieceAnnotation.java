package org.newsgraph.annotate;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.ingest.SourceDocument;

/**
 * Annotates a long document in pieces (see {@link TextPieces}) with one annotator, so that the
 * annotator's working memory holds one piece at a time; the pieces' annotations are merged by
 * {@link PieceMerger} into the record a whole-document annotation gives. Each piece is given to the
 * annotator as a document with the original's id, source, title and hash and the piece's text.
 *
 * <p>What the pieces change: annotators that look past a sentence see one piece only (coreference
 * chains end at a piece's edge). With cuts at paragraph or line breaks and the default {@code
 * newlineIsSentenceBreak=always}, the sentences are those of the whole document.
 */
final class PieceAnnotation {

  private PieceAnnotation() {}

  /**
   * The document's annotations, made piece by piece.
   *
   * @param maxChars the largest piece
   * @param listener told before each piece
   * @param annotator annotates one piece as a whole document, offsets into the piece's text
   */
  static AnnotatedDocument annotate(
      SourceDocument document,
      int maxChars,
      PieceListener listener,
      Function<SourceDocument, AnnotatedDocument> annotator) {
    List<TextPieces.Piece> pieces = TextPieces.split(document.text(), maxChars);
    PieceMerger merger = new PieceMerger(document);
    for (int i = 0; i < pieces.size(); i++) {
      TextPieces.Piece piece = pieces.get(i);
      listener.annotatingPiece(document.id(), i + 1, pieces.size());
      SourceDocument part =
          new SourceDocument(
              document.id(),
              document.source(),
              document.title(),
              piece.of(document.text()),
              document.contentHash());
      merger.add(piece.begin(), annotator.apply(part));
    }
    return merger.merged();
  }
}
