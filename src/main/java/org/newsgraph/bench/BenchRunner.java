package org.newsgraph.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.BaselineKbpRunner;
import org.newsgraph.annotate.CoreNlpModels;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.PipelineTimings;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildRun;
import org.newsgraph.pipeline.BuildStage;
import org.newsgraph.pipeline.BuildStageListener;
import org.newsgraph.pipeline.BuildStatus;
import org.newsgraph.pipeline.DocumentEngine;
import org.newsgraph.pipeline.PipelineException;
import org.newsgraph.pipeline.ProgressPrinter;
import org.newsgraph.pipeline.Streams;

/**
 * Runs the benchmark's configurations one after the other in this JVM and measures each: a real
 * {@code newsgraph build} (the same {@link BuildRun} as the command, into a store folder of its
 * own), or plain CoreNLP. Before each one CoreNLP's model cache is emptied and garbage collected,
 * so that each pays its own model loading and its heap peak is its own.
 */
final class BenchRunner {

  private final Streams streams;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;
  private final AnnotatorSettings annotatorSettings;
  private final HeapMonitor heap;
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /**
   * @param streams where builds report progress (stderr)
   * @param annotatorLoader how builds load the annotator (CoreNLP)
   * @param annotatorSettings the annotator settings of the builds
   * @param heap measures the heap of each configuration
   */
  BenchRunner(
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      AnnotatorSettings annotatorSettings,
      HeapMonitor heap) {
    this.streams = streams;
    this.annotatorLoader = annotatorLoader;
    this.annotatorSettings = annotatorSettings;
    this.heap = heap;
  }

  /** The annotator settings of the measured builds: the defaults, CoreNLP's messages if verbose. */
  static AnnotatorSettings settings(boolean verbose) {
    return verbose
        ? AnnotatorSettings.fromMap(Map.of("verbose", "true"))
        : AnnotatorSettings.defaults();
  }

  /**
   * Builds the corpus into {@code store} and measures the build.
   *
   * @param knownTokens the corpus's token count, used when no document is annotated (a cached
   *     rebuild); 0 when unknown
   * @throws PipelineException when the build fails
   */
  BenchMeasurement build(
      String name,
      BenchMeasurement.Kind kind,
      BenchCorpus corpus,
      Path store,
      int threads,
      long knownTokens) {
    return build(name, kind, corpus, store, threads, knownTokens, Optional.empty());
  }

  /**
   * Builds the corpus into {@code store}, its per-document stages on {@code engine} when one is
   * given (the Spark engine: then model loading and tokens are not seen here, and the heap is this
   * JVM's, with a local master the driver's and the executors'), and measures the build.
   *
   * @param knownTokens the corpus's token count, used when no document is annotated here; 0 when
   *     unknown
   * @throws PipelineException when the build fails
   */
  BenchMeasurement build(
      String name,
      BenchMeasurement.Kind kind,
      BenchCorpus corpus,
      Path store,
      int threads,
      long knownTokens,
      Optional<DocumentEngine> engine) {
    prepare(name + " (" + corpus.name() + ", " + threads + " thread(s))");
    MeasuringAnnotatorLoader loader = new MeasuringAnnotatorLoader(annotatorLoader);
    Map<BuildStage, Long> stages = new EnumMap<>(BuildStage.class);
    BuildOptions options =
        BuildOptions.defaults(corpus.inputs(), store)
            .withThreads(threads)
            .withAnnotator(annotatorSettings);
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    BuildStageListener listener = (stage, nanos) -> stages.merge(stage, nanos, Long::sum);
    BuildStatus status = new BuildRun(options, streams, loader, listener, engine).run();
    long wall = System.nanoTime() - start;
    cpu = os.getProcessCpuTime() - cpu;
    if (status != BuildStatus.OK) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          "bench",
          "the build '" + name + "' failed (messages above); no figures");
    }
    long tokens = loader.tokens() > 0 ? loader.tokens() : knownTokens;
    PipelineTimings timings = loader.timings();
    return new BenchMeasurement(
        name,
        kind,
        threads,
        corpus.documents().size(),
        tokens,
        wall,
        cpu,
        loader.loadNanos(),
        stages,
        timings,
        heap.peak(),
        os.getSystemLoadAverage());
  }

  /**
   * Runs {@code newsgraph build} of the corpus into {@code store} in a new JVM and measures its
   * wall time (JVM start-up included).
   *
   * @param knownTokens the corpus's token count
   * @throws PipelineException when the build fails
   */
  BenchMeasurement buildInNewJvm(
      String name, BenchCorpus corpus, Path store, int threads, long knownTokens) {
    prepare(name + " (" + corpus.name() + ", " + threads + " thread(s))");
    NewJvmBuild build = new NewJvmBuild(store, threads, corpus.inputs(), streams.err());
    long wall = build.run();
    return new BenchMeasurement(
        name,
        BenchMeasurement.Kind.CACHED_REBUILD_NEW_JVM,
        threads,
        corpus.documents().size(),
        knownTokens,
        wall,
        0,
        0,
        Map.of(),
        PipelineTimings.NONE,
        HeapPeak.UNMEASURED,
        os.getSystemLoadAverage());
  }

  /** Annotates the corpus with plain CoreNLP's default KBP pipeline and measures it. */
  BenchMeasurement baseline(String name, BenchCorpus corpus, int threads) {
    prepare(
        name
            + " ("
            + corpus.name()
            + ", "
            + threads
            + " thread(s); annotators "
            + BaselineKbpRunner.ANNOTATORS
            + ")");
    ProgressPrinter progress =
        new ProgressPrinter(streams.err(), streams.errIsTerminal(), System::nanoTime);
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    BaselineKbpRunner.Result result =
        new BaselineKbpRunner(threads).run(corpus.documents(), progress);
    long wall = System.nanoTime() - start;
    cpu = os.getProcessCpuTime() - cpu;
    progress.endLine();
    streams.err().println("plain CoreNLP: " + result.kbpTriples() + " KBP triples");
    return new BenchMeasurement(
        name,
        BenchMeasurement.Kind.BASELINE,
        threads,
        result.documents(),
        result.tokens(),
        wall,
        cpu,
        result.loadNanos(),
        Map.of(),
        result.timings(),
        heap.peak(),
        os.getSystemLoadAverage());
  }

  /** Forgets loaded models, collects garbage and announces the next configuration on stderr. */
  private void prepare(String what) {
    CoreNlpModels.release();
    heap.reset();
    streams.err().println();
    streams.err().println("== bench: " + what);
  }
}
