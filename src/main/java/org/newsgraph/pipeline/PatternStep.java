package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.PatternCache;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.ingest.SourceDocument;

/**
 * Applies the TokensRegex/Semgrex pattern rules to each annotated document, several documents at
 * once. The rules read one document at a time, so their candidates are kept: in memory for this
 * step's next run (a server adding documents one by one) and in the store's {@link PatternCache}
 * for the next build (one more document added to a large store matches the rules over that document
 * only). The rules load on first use, so a build whose documents are all cached never loads them.
 */
final class PatternStep implements PipelineStep {

  private final int threads;
  private final Function<SourceDocument, Path> annotationFile;
  private final Supplier<PatternCache> cacheSupplier;
  private PatternCache cache;
  private PatternMatcher rules;
  private Map<SourceDocument, AnnotatedDocument> matchedBefore = Map.of();

  /**
   * @param threads how many documents to match at once
   * @param annotationFile each document's annotation cache file, which names its pattern cache file
   * @param cache the pattern cache, created on first use
   */
  PatternStep(
      int threads, Function<SourceDocument, Path> annotationFile, Supplier<PatternCache> cache) {
    this.threads = Math.max(1, threads);
    this.annotationFile = annotationFile;
    this.cacheSupplier = cache;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.PATTERNS;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    PatternCache patternCache = cache();
    Map<SourceDocument, AnnotatedDocument> matched = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AnnotatedDocument>> results = new ArrayList<>();
      for (AnnotatedDocument document : state.annotated()) {
        results.add(pool.submit(() -> matched(document, patternCache)));
      }
      List<AnnotatedDocument> result = new ArrayList<>(results.size());
      for (Future<AnnotatedDocument> future : results) {
        AnnotatedDocument document = await(future);
        matched.put(document.document(), document);
        result.add(document);
      }
      matchedBefore = matched;
      patternCache.removeOtherCode();
      return state.withAnnotated(result);
    } finally {
      pool.shutdownNow();
    }
  }

  private AnnotatedDocument matched(AnnotatedDocument document, PatternCache patternCache) {
    AnnotatedDocument before = matchedBefore.get(document.document());
    if (before != null) {
      return before;
    }
    Path file = annotationFile.apply(document.document());
    List<RelationCandidate> matches =
        patternCache
            .read(file)
            .orElseGet(
                () -> {
                  List<RelationCandidate> fresh = rulesLoaded().match(document);
                  patternCache.write(file, fresh);
                  return fresh;
                });
    return PatternMatcher.withMatches(document, matches);
  }

  private synchronized PatternCache cache() {
    if (cache == null) {
      cache = cacheSupplier.get();
    }
    return cache;
  }

  private synchronized PatternMatcher rulesLoaded() {
    if (rules == null) {
      rules = PatternMatcher.loadDefault();
    }
    return rules;
  }

  private static AnnotatedDocument await(Future<AnnotatedDocument> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while matching the pattern rules", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }
}
