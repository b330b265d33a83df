package org.newsgraph.pipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.PatternCache;
import org.newsgraph.annotate.PatternMatcher;

/**
 * What the per-document stages of a build need to know wherever they run (this process, or a {@link
 * DocumentEngine}'s workers): the store's cache folder, the CoreNLP settings and the fingerprint of
 * the code that matches the pattern rules. Serializable, so that it can be sent to another JVM; a
 * worker there makes its {@link DocumentWorker} from it.
 *
 * @param cacheFolder the store's cache folder (annotation and pattern caches); workers on other
 *     machines need it on a shared file system
 * @param annotator the CoreNLP settings
 * @param codeFingerprint the fingerprint of the rules and the code, the pattern cache's key
 */
public record DocumentWork(String cacheFolder, AnnotatorSettings annotator, String codeFingerprint)
    implements Serializable {

  public DocumentWork {
    Objects.requireNonNull(cacheFolder, "cacheFolder");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(codeFingerprint, "codeFingerprint");
  }

  /**
   * A worker for one batch of documents (one Spark partition).
   *
   * @param realAnnotator gives the loaded annotator (CoreNLP) on the first annotation-cache miss;
   *     the worker never closes it, so it can be shared by the batches of one JVM
   * @param rules gives the loaded pattern rules on the first pattern-cache miss
   */
  public DocumentWorker worker(
      Supplier<? extends DocumentAnnotator> realAnnotator, Supplier<PatternMatcher> rules) {
    Path cache = Path.of(cacheFolder);
    CachingAnnotator annotations =
        new CachingAnnotator(cache, annotator.fingerprint(), annotator::fingerprint, realAnnotator);
    return new DocumentWorker(annotations, new PatternCache(cache, codeFingerprint), rules);
  }
}
