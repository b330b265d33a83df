package org.newsgraph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.PatternMatcher;

/**
 * The CoreNLP pipeline and the pattern rules of one executor JVM, loaded on the first document that
 * needs them and kept for every later task of that JVM.
 *
 * <p>This is the one exception to the house rule "no static mutable state": Spark creates a task's
 * function by deserializing it, once per task, and gives no other hook that lives as long as the
 * executor; loading CoreNLP's models (about 2 GB, 10-20 s) per task or per document would cost more
 * than annotating. So the loaded models hang off the class, keyed by everything that decides what
 * they are (the annotator's fingerprint and the loader), and are never replaced while the executor
 * lives. Nothing else is kept here; the annotator is safe for several threads (several tasks run at
 * once in one executor). With a local master the executor is the driver's JVM and lives as long as
 * the Spark context, so the engine releases them when it stops that context ({@link #release}): the
 * next context, e.g. the next configuration of the benchmark, loads its own.
 */
final class ExecutorModels {

  private static final Map<String, DocumentAnnotator> ANNOTATORS = new ConcurrentHashMap<>();
  private static final Map<String, PatternMatcher> RULES = new ConcurrentHashMap<>();

  private ExecutorModels() {}

  /** The annotator of this JVM for these settings and loader, loaded on first use. */
  static DocumentAnnotator annotator(AnnotatorSettings settings, AnnotatorLoader loader) {
    String key = loader.identity() + "\n" + settings.fingerprint();
    return ANNOTATORS.computeIfAbsent(key, k -> loader.load(settings));
  }

  /** Closes and forgets the loaded annotators and rules (a local executor has stopped). */
  static void release() {
    ANNOTATORS.values().forEach(DocumentAnnotator::close);
    ANNOTATORS.clear();
    RULES.clear();
  }

  /** The pattern rules of this JVM, loaded on first use. */
  static PatternMatcher rules() {
    return RULES.computeIfAbsent("default", k -> PatternMatcher.loadDefault());
  }
}
