package org.newsgraph.pipeline;

import java.io.Serializable;
import java.util.Objects;
import org.newsgraph.annotate.AnnotatedDocument;

/**
 * What the per-document stages made of one document: its annotations with the pattern rules'
 * candidates, or the reason it failed. Serializable: a {@link DocumentEngine}'s workers send it
 * back to the build.
 *
 * @param documentId the document's id
 * @param annotated the annotated document, or null when it failed
 * @param failure what went wrong, or null when it did not
 * @param fromCache whether the annotations came from the annotation cache
 */
public record DocumentOutcome(
    String documentId, AnnotatedDocument annotated, String failure, boolean fromCache)
    implements Serializable {

  public DocumentOutcome {
    Objects.requireNonNull(documentId, "documentId");
    if ((annotated == null) == (failure == null)) {
      throw new IllegalArgumentException("an outcome has either annotations or a failure");
    }
  }

  /** A document annotated (and matched by the pattern rules). */
  public static DocumentOutcome done(AnnotatedDocument annotated, boolean fromCache) {
    return new DocumentOutcome(annotated.document().id(), annotated, null, fromCache);
  }

  /** A document that could not be annotated. */
  public static DocumentOutcome failed(String documentId, String failure) {
    return new DocumentOutcome(documentId, null, failure, false);
  }

  /** Whether the document failed. */
  public boolean isFailure() {
    return failure != null;
  }
}
