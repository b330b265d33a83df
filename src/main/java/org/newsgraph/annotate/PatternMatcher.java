package org.newsgraph.annotate;

import java.util.List;

/**
 * Runs the project's pattern rules (resource files) over an annotated document and proposes
 * relation candidates. Cheap: it works from the records, so it runs on every build even when the
 * CoreNLP annotations come from the cache.
 */
public final class PatternMatcher {

  /** Returns the document with the pattern candidates added to its KBP candidates. */
  public AnnotatedDocument apply(AnnotatedDocument document) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The candidates the rules propose for one document. */
  public List<RelationCandidate> match(AnnotatedDocument document) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
