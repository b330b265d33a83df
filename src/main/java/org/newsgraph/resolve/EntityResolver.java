package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;

/** Joins mentions across all documents into canonical entities. */
public final class EntityResolver {

  /** Resolves the mentions of every document into one set of canonical entities. */
  public ResolvedCorpus resolve(List<AnnotatedDocument> documents) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
