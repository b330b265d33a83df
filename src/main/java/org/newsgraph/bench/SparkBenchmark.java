package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.bench.BenchMeasurement.Kind;
import org.newsgraph.pipeline.DocumentEngine;
import org.newsgraph.pipeline.Streams;

/**
 * The Spark benchmark ({@code newsgraph bench --engine spark}, issue 14): after an unreported
 * warm-up build of two documents, the same generated corpus built into empty stores by the
 * single-process engine with 1 and 2 threads and by the Spark engine on {@code local[1]} and {@code
 * local[2]}, for documents per second per core; then the corpus-wide stages (resolve, link,
 * extract, graph; on the driver) timed at several corpus sizes with the Spark engine, each store
 * starting from the annotation cache of the larger of the previous runs, so that every document is
 * annotated once only. Spark's engines are made by a factory from the master URL, so this package
 * needs none of Spark's classes.
 */
public final class SparkBenchmark {

  /** The Spark masters compared, by the cores each gets. */
  private static final List<Integer> CORES = List.of(1, 2);

  /**
   * Documents of the unreported first build, which loads and compiles the classes of a build in
   * this JVM so that the first measured configuration does not pay for it alone.
   */
  private static final int WARM_UP_DOCUMENTS = 2;

  private final SparkBenchPlan plan;
  private final Streams streams;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;
  private final Function<String, DocumentEngine> sparkEngine;

  /**
   * @param plan what to measure
   * @param streams where progress goes (stderr)
   * @param annotatorLoader loads the annotator of the single-process builds
   * @param sparkEngine starts the Spark engine for a master URL ({@code local[2]}); the benchmark
   *     closes it after the build
   */
  public SparkBenchmark(
      SparkBenchPlan plan,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      Function<String, DocumentEngine> sparkEngine) {
    this.plan = plan;
    this.streams = streams;
    this.annotatorLoader = annotatorLoader;
    this.sparkEngine = sparkEngine;
  }

  /**
   * Runs the measurements.
   *
   * @param workDir the folder for the stores and the generated articles
   */
  public SparkBenchReport run(Path workDir) {
    MachineInfo machine = MachineInfo.current();
    Path poolFolder = workDir.resolve("corpus-spark");
    BenchCorpus pool = BenchCorpus.generated(plan.seeds(), plan.largest(), poolFolder);
    streams.err().println("bench: spark: " + pool.description());
    BenchCorpus corpus = BenchCorpus.folder("generated", poolFolder, plan.documents());
    List<SparkBenchReport.EngineRun> runs = new ArrayList<>();
    List<SparkBenchReport.SizeRun> sizes = new ArrayList<>();
    try (HeapMonitor heap = new HeapMonitor()) {
      BenchRunner runner =
          new BenchRunner(streams, annotatorLoader, BenchRunner.settings(plan.verbose()), heap);
      runner.build(
          "warm-up (not reported)",
          Kind.BUILD,
          BenchCorpus.folder("generated", poolFolder, WARM_UP_DOCUMENTS),
          workDir.resolve("store-warm-up"),
          1,
          0);
      long tokens = 0;
      for (int cores : CORES) {
        BenchMeasurement single =
            runner.build(
                "single process, " + cores + " thread(s)",
                Kind.BUILD,
                corpus,
                workDir.resolve("store-single-" + cores),
                cores,
                tokens,
                Optional.empty());
        tokens = single.tokens();
        runs.add(new SparkBenchReport.EngineRun("single", cores, single));
      }
      Path cacheSource = null;
      for (int cores : CORES) {
        Path store = workDir.resolve("store-spark-" + cores);
        runs.add(
            new SparkBenchReport.EngineRun(
                "spark",
                cores,
                sparkBuild(runner, "Spark local[" + cores + "]", corpus, store, cores, tokens)));
        cacheSource = store;
      }
      for (int size : plan.sizes()) {
        Path store = workDir.resolve("store-size-" + size);
        copyCache(cacheSource, store);
        BenchCorpus part = BenchCorpus.folder("generated", poolFolder, size);
        BenchMeasurement build =
            sparkBuild(runner, size + " documents, Spark local[2]", part, store, 2, 0);
        sizes.add(new SparkBenchReport.SizeRun(size, build));
        if (size >= plan.documents()) {
          cacheSource = store;
        }
      }
    }
    return new SparkBenchReport(machine, pool.description(), runs, sizes);
  }

  private BenchMeasurement sparkBuild(
      BenchRunner runner, String name, BenchCorpus corpus, Path store, int cores, long tokens) {
    try (DocumentEngine engine = sparkEngine.apply("local[" + cores + "]")) {
      return runner.build(name, Kind.BUILD, corpus, store, cores, tokens, Optional.of(engine));
    }
  }

  /** Copies the annotation and pattern caches of one store into a new store folder. */
  private static void copyCache(Path fromStore, Path toStore) {
    if (fromStore == null) {
      return;
    }
    Path from = fromStore.resolve("cache");
    Path to = toStore.resolve("cache");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy the annotation cache " + from, e);
    }
  }
}
