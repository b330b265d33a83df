package org.newsgraph.annotate;

/**
 * Told when the annotation of one piece of a long document starts (see {@link TextPieces}), so that
 * progress shows inside a document that takes minutes. Called on the thread that annotates, which
 * may not be the thread that asked for the annotation.
 */
@FunctionalInterface
public interface PieceListener {

  /** A listener that ignores pieces. */
  PieceListener NONE = (documentId, piece, pieces) -> {};

  /**
   * Called before each piece of a document annotated in pieces.
   *
   * @param documentId the document's id
   * @param piece the piece about to be annotated, from 1
   * @param pieces how many pieces the document has
   */
  void annotatingPiece(String documentId, int piece, int pieces);
}
