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
 * The growth benchmark ({@code newsgraph bench --growth}): how a store's cost grows with the number
 * of documents in it. It generates one pool of distinct articles from the seed articles (the
 * largest size plus one); for each size it builds the first that many into an empty store, then
 * adds the pool's last article, which no corpus holds; finally it builds that article alone into an
 * empty store, the cost adding it should stay close to.
 */
public final class GrowthBenchmark {

  private final GrowthPlan plan;
  private final Streams streams;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;

  /**
   * @param plan what to measure
   * @param streams where progress goes (stderr); the report is returned, not printed
   * @param annotatorLoader loads the annotator of each build in this JVM
   */
  public GrowthBenchmark(
      GrowthPlan plan,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader) {
    this.plan = plan;
    this.streams = streams;
    this.annotatorLoader = annotatorLoader;
  }

  /**
   * Runs the measurements.
   *
   * @param workDir the folder for the stores and the generated articles
   * @throws org.newsgraph.pipeline.PipelineException when the articles cannot be generated or a
   *     build fails
   */
  public GrowthReport run(Path workDir) {
    MachineInfo machine = MachineInfo.current();
    Path poolFolder = workDir.resolve("corpus-growth");
    BenchCorpus pool = BenchCorpus.generated(plan.seeds(), plan.largest() + 1, poolFolder);
    Path newDocument = poolFolder.resolve(pool.documents().get(plan.largest()).id());
    streams.err().println("bench: growth: " + pool.description());
    List<GrowthStep> steps = new ArrayList<>();
    long alone;
    try (HeapMonitor heap = new HeapMonitor()) {
      BenchRunner runner =
          new BenchRunner(streams, annotatorLoader, BenchRunner.settings(plan.verbose()), heap);
      for (int size : plan.sizes()) {
        BenchCorpus corpus = BenchCorpus.folder("growth", poolFolder, size);
        steps.add(measure(runner, corpus, newDocument, workDir));
      }
      alone =
          addOne(runner, "one new document, empty store", newDocument, workDir.resolve("store-0"));
    }
    return new GrowthReport(machine, pool.description(), steps, alone, plan.newJvm());
  }

  private GrowthStep measure(
      BenchRunner runner, BenchCorpus corpus, Path newDocument, Path workDir) {
    int size = corpus.documents().size();
    Path store = workDir.resolve("store-" + size);
    int threads = plan.threads();
    BenchMeasurement build =
        runner.build(size + " documents, empty store", Kind.BUILD, corpus, store, threads, 0);
    long add = addOne(runner, "one new document into the store of " + size, newDocument, store);
    return new GrowthStep(size, build, add);
  }

  private long addOne(BenchRunner runner, String name, Path newDocument, Path store) {
    BenchCorpus one = BenchCorpus.file("new document", newDocument);
    return plan.newJvm()
        ? runner.buildInNewJvm(name, one, store, plan.threads(), 0).wallNanos()
        : runner.build(name, Kind.BUILD, one, store, plan.threads(), 0).wallNanos();
  }
}
