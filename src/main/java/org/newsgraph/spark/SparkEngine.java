package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.newsgraph.annotate.BatchAnnotator;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.ingest.FileToRead;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.pipeline.DocumentEngine;
import org.newsgraph.pipeline.DocumentOutcome;
import org.newsgraph.pipeline.DocumentWork;

/**
 * The Spark engine: the input files are read, decoded and cleaned in partitions ({@link
 * ReadPartition}); then the corpus is cut into partitions (contiguous runs of the documents sorted
 * by id) and each partition is annotated and matched by the pattern rules in one task ({@link
 * AnnotatePartition}); the outcomes come back to the driver in corpus order, where the build goes
 * on with its corpus-wide stages. With a {@code local[N]} master Spark runs inside this process.
 */
public final class SparkEngine implements DocumentEngine {

  private static final String MASTER = "spark.master";

  /** How often executors report, and with it the progress lines (Spark's default: 10 s). */
  private static final String HEARTBEAT = "spark.executor.heartbeatInterval";

  private final JavaSparkContext context;
  private final SparkSettings settings;
  private final AnnotatorLoader loader;

  private SparkEngine(JavaSparkContext context, SparkSettings settings, AnnotatorLoader loader) {
    this.context = context;
    this.settings = settings;
    this.loader = loader;
  }

  /**
   * Starts a Spark context.
   *
   * @param settings the master and the partitions
   * @param loader loads the annotator on each executor, once per executor JVM
   * @throws IllegalArgumentException when no master is given and {@code spark-submit} set none
   */
  public static SparkEngine start(SparkSettings settings, AnnotatorLoader loader) {
    SparkConf conf = new SparkConf(true).setAppName("newsgraph build");
    settings.master().ifPresent(conf::setMaster);
    if (!conf.contains(MASTER)) {
      throw new IllegalArgumentException(
          "no Spark master: give --master (local[2], spark://host:7077, yarn, k8s://...) or run"
              + " through spark-submit");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    conf.setIfMissing(HEARTBEAT, "2s");
    if (conf.get(MASTER).startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return new SparkEngine(new JavaSparkContext(conf), settings, loader);
  }

  @Override
  public List<DocumentOutcome> process(
      List<SourceDocument> corpus,
      DocumentWork work,
      Consumer<String> messages,
      BatchAnnotator.ProgressListener progress) {
    int partitions = partitions(corpus.size());
    long start = System.nanoTime();
    CollectionAccumulator<String> done = context.sc().collectionAccumulator("documents finished");
    FinishedDocuments finished = new FinishedDocuments(corpus.size(), progress);
    DocumentProgressListener listener = new DocumentProgressListener(done, finished);
    context.sc().addSparkListener(listener);
    List<DocumentOutcome> outcomes;
    try {
      outcomes =
          new ArrayList<>(
              context
                  .parallelize(new ArrayList<>(corpus), partitions)
                  .mapPartitions(new AnnotatePartition(work, loader, done))
                  .collect());
    } finally {
      context.sc().removeSparkListener(listener);
    }
    finished.finished(outcomes.stream().map(DocumentOutcome::documentId).toList());
    messages.accept(
        "Spark: "
            + corpus.size()
            + " documents in "
            + partitions
            + " partition(s) in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
    return outcomes;
  }

  @Override
  public List<LoadResult> read(
      List<FileToRead> files, DocumentLimit limit, Consumer<String> messages) {
    int partitions = partitions(files.size());
    long start = System.nanoTime();
    List<LoadResult> results =
        new ArrayList<>(
            context
                .parallelize(new ArrayList<>(files), partitions)
                .mapPartitions(new ReadPartition(limit))
                .collect());
    messages.accept(
        "Spark: read "
            + files.size()
            + " files in "
            + partitions
            + " partition(s) in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
    return results;
  }

  @Override
  public Optional<Path> shardFolder() {
    return settings.shards();
  }

  /**
   * The ids cut as {@link #process} cuts the corpus: {@code parallelize} of a list into p slices
   * gives slice i the positions {@code [i*n/p, (i+1)*n/p)} (Spark's {@code
   * ParallelCollectionRDD.slice}), so partition i of the output holds the documents that partition
   * i annotated.
   */
  @Override
  public List<List<String>> partitions(List<String> ids) {
    return slices(ids, partitions(ids.size()));
  }

  /** The contiguous slices Spark's {@code parallelize} makes of a list. */
  static List<List<String>> slices(List<String> ids, int partitions) {
    List<List<String>> slices = new ArrayList<>();
    long size = ids.size();
    for (int i = 0; i < partitions; i++) {
      int from = (int) (i * size / partitions);
      int to = (int) ((i + 1) * size / partitions);
      slices.add(List.copyOf(ids.subList(from, to)));
    }
    return slices;
  }

  /**
   * The partitions for a corpus of this size: as set, or Spark's default, at most one a document.
   */
  int partitions(int documents) {
    int wanted = settings.partitions() > 0 ? settings.partitions() : context.defaultParallelism();
    return Math.max(1, Math.min(wanted, documents));
  }

  @Override
  public String describe() {
    return "Spark " + context.master();
  }

  @Override
  public void close() {
    boolean local = context.isLocal();
    context.stop();
    if (local) {
      ExecutorModels.release();
    }
  }
}
