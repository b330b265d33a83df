package org.newsgraph.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.PatternCache;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.ingest.SourceDocument;

/**
 * Runs the per-document stages of a build over one document at a time, as a {@link
 * DocumentEngine}'s worker does: annotation through the annotation cache, then the pattern rules
 * through the pattern cache (the same caches, keys and files as {@link AnnotateStep} and {@link
 * PatternStep}). A failure becomes a {@link DocumentOutcome} that names the document, so that one
 * bad document does not hide the others' results. Made by {@link DocumentWork#worker}.
 */
public final class DocumentWorker {

  private final CachingAnnotator annotations;
  private final PatternCache patterns;
  private final Supplier<PatternMatcher> rules;

  DocumentWorker(
      CachingAnnotator annotations, PatternCache patterns, Supplier<PatternMatcher> rules) {
    this.annotations = annotations;
    this.patterns = patterns;
    this.rules = rules;
  }

  /** Annotates one document and applies the pattern rules; never throws for the document. */
  public DocumentOutcome process(SourceDocument document) {
    long missesBefore = annotations.misses();
    try {
      AnnotatedDocument annotated = annotations.annotate(document);
      boolean fromCache = annotations.misses() == missesBefore;
      return DocumentOutcome.done(matched(annotated), fromCache);
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentOutcome.failed(document.id(), String.valueOf(e.getMessage()));
    }
  }

  private AnnotatedDocument matched(AnnotatedDocument annotated) {
    var file = annotations.cacheFile(annotated.document());
    List<RelationCandidate> matches =
        patterns
            .read(file)
            .orElseGet(
                () -> {
                  List<RelationCandidate> fresh = rules.get().match(annotated);
                  patterns.write(file, fresh);
                  return fresh;
                });
    return PatternMatcher.withMatches(annotated, matches);
  }
}
