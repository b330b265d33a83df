package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.bench.BenchMeasurement.Kind;
import org.newsgraph.pipeline.Streams;

/**
 * The benchmark: measures real builds of a corpus one after the other in this JVM (the first into
 * an empty store, then, as the plan says, a rebuild of the unchanged corpus in this JVM and in a
 * new one, builds with 1 and 2 threads, and plain CoreNLP on the same documents) and returns the
 * figures with the targets they are checked against.
 */
public final class Benchmark {

  private final BenchPlan plan;
  private final Streams streams;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;

  /**
   * @param plan what to measure
   * @param streams where progress goes (stderr); the report is returned, not printed
   * @param annotatorLoader loads the annotator of each build
   */
  public Benchmark(
      BenchPlan plan,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader) {
    this.plan = plan;
    this.streams = streams;
    this.annotatorLoader = annotatorLoader;
  }

  /**
   * Runs the measurements.
   *
   * @param workDir the folder for the stores and the generated corpus
   * @throws org.newsgraph.pipeline.PipelineException when a corpus cannot be read or written, or a
   *     build fails
   */
  public BenchReport run(Path workDir) {
    MachineInfo machine = MachineInfo.current();
    BenchCorpus bench = corpus(workDir);
    streams.err().println("bench: corpus '" + bench.name() + "': " + bench.description());
    List<BenchMeasurement> runs = new ArrayList<>();
    try (HeapMonitor heap = new HeapMonitor()) {
      BenchRunner runner =
          new BenchRunner(streams, annotatorLoader, BenchRunner.settings(plan.verbose()), heap);
      int threads = plan.threads();
      Path store = workDir.resolve("store-main");
      BenchMeasurement first =
          runner.build("build, empty store", Kind.BUILD, bench, store, threads, 0);
      runs.add(first);
      if (plan.rebuild()) {
        runs.add(
            runner.build(
                "build again, unchanged",
                Kind.CACHED_REBUILD,
                bench,
                store,
                threads,
                first.tokens()));
        if (plan.rebuildNewJvm()) {
          runs.add(
              runner.buildInNewJvm("build again, new JVM", bench, store, threads, first.tokens()));
        }
      }
      if (plan.threadsCompare()) {
        for (int n = 1; n <= 2; n++) {
          Path threadStore = workDir.resolve("store-threads-" + n);
          String name = "build --threads " + n + ", empty store";
          runs.add(runner.build(name, Kind.THREAD_COMPARISON, bench, threadStore, n, 0));
        }
      }
      if (plan.baseline()) {
        runs.add(runner.baseline("plain CoreNLP KBP", bench, threads));
      }
    }
    return new BenchReport(machine, bench.name(), bench.description(), bench.words(), runs);
  }

  private BenchCorpus corpus(Path workDir) {
    Integer docs = plan.docs().orElse(null);
    return switch (plan.corpus()) {
      case BenchCorpus.SEEDS -> BenchCorpus.folder(BenchCorpus.SEEDS, plan.seeds(), docs);
      case BenchCorpus.LARGE ->
          BenchCorpus.generated(
              plan.seeds(),
              plan.docs().orElse(BenchPlan.LARGE_CORPUS_SIZE),
              workDir.resolve("corpus-large"));
      default -> BenchCorpus.folder(plan.corpus(), Path.of(plan.corpus()), docs);
    };
  }
}
