package org.newsgraph.spark;

import java.io.Serializable;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;

/**
 * Loads the annotator (CoreNLP, or a model-free one in tests) on an executor. Serializable, since
 * Spark sends it to the executors with the job.
 */
@FunctionalInterface
public interface AnnotatorLoader extends Serializable {

  /** Loads an annotator with these settings. */
  DocumentAnnotator load(AnnotatorSettings settings);

  /**
   * What tells this loader's annotators from another's in an executor's cache of loaded annotators
   * ({@link ExecutorModels}): by default the loader's class.
   */
  default String identity() {
    return getClass().getName();
  }

  /**
   * The loader that calls {@code function}, which must be serializable (a lambda or method
   * reference cast to {@code Function<...> & Serializable}); its identity is the function's class.
   *
   * @throws IllegalArgumentException when the function is not serializable
   */
  static AnnotatorLoader of(Function<AnnotatorSettings, DocumentAnnotator> function) {
    if (!(function instanceof Serializable)) {
      throw new IllegalArgumentException(
          "the annotator loader must be serializable to reach Spark's executors: "
              + function.getClass().getName());
    }
    return new FunctionLoader(function);
  }

  /** A loader that calls a serializable function. */
  record FunctionLoader(Function<AnnotatorSettings, DocumentAnnotator> function)
      implements AnnotatorLoader {
    private static final long serialVersionUID = 1L;

    @Override
    public DocumentAnnotator load(AnnotatorSettings settings) {
      return function.apply(settings);
    }

    @Override
    public String identity() {
      return function.getClass().getName();
    }
  }
}
