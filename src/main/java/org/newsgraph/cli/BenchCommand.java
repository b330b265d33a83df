package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.annotate.BaselineKbpRunner;
import org.newsgraph.bench.BenchPlan;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.GrowthBenchmark;
import org.newsgraph.bench.GrowthPlan;
import org.newsgraph.bench.GrowthReport;
import org.newsgraph.bench.SparkBenchPlan;
import org.newsgraph.bench.SparkBenchReport;
import org.newsgraph.bench.SparkBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench}: measures real builds of a corpus (and plain CoreNLP on the same
 * documents) and prints the figures and the performance targets of issue 4.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Benchmarks newsgraph on a corpus: a real build into an empty store (model load, time per"
          + " CoreNLP annotator and per stage, tokens/s, documents/s, peak heap), a second build"
          + " of the unchanged corpus (annotation cache; in this JVM, and as a user runs it in a"
          + " new JVM), optionally builds with 1 and 2 threads,"
          + " and plain CoreNLP with its default KBP annotators ("
          + BaselineKbpRunner.ANNOTATORS
          + ") on the same documents; then the ratios against the targets.",
      "",
      "With --growth it measures instead how the cost of a store grows with its documents: for"
          + " each size it builds that many articles generated from the seeds into an empty store"
          + " (time, of which the work that is not annotation: resolution, linking, extraction,"
          + " graph, store write; heap peak), then adds one new article to that store;"
          + " finally it builds that article alone into an empty store. Each one-article build"
          + " runs as a user runs it, in a new JVM. Sizes 100 and 500 take about a quarter of an"
          + " hour on two processors.",
      "",
      "With --engine spark it compares the Spark engine with the single-process one (issue 14):"
          + " the same generated corpus (--docs, default "
          + SparkBenchPlan.DEFAULT_DOCUMENTS
          + " articles) built by the single-process engine with 1 and 2 threads and by Spark"
          + " local[1] and local[2], each into an empty store (documents per second per core, heap),"
          + " then the corpus-wide stages timed at the sizes of --sizes with a fitted growth"
          + " exponent. Only --seeds, --docs, --sizes, --json, --work and --verbose apply.",
      "",
      "Corpora: 'seeds' (the seed articles), 'large' (100 articles generated from the seeds by"
          + " recombining their sentences; the same every run) or a folder of articles.",
      "",
      "The configurations run one after the other, in this JVM (but the rebuild in a new JVM);"
          + " stores and generated files go to a temporary folder that is deleted at the end. The"
          + " table goes to stdout, progress to stderr. Takes minutes: plain CoreNLP is slow."
          + " Figures are only meaningful on an otherwise idle machine (the load average is"
          + " printed)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./newsgraph bench                      # seeds, with plain CoreNLP",
      "  ./newsgraph bench --corpus large --no-baseline --threads-compare",
      "  ./newsgraph bench --corpus articles/ --docs 20 --json bench.json",
      "  ./newsgraph bench --growth             # stores of 100 and 500 documents, plus one",
      "  ./newsgraph bench --engine spark       # 200 documents, single vs Spark local[1]/[2]"
    })
final class BenchCommand implements Callable<Integer> {

  /** Options of the usual benchmark that make no sense with --growth. */
  private static final List<String> GROWTH_CONFLICTS =
      List.of(
          "--corpus",
          "--docs",
          "--baseline",
          "--rebuild",
          "--rebuild-new-jvm",
          "--threads-compare");

  /** Options of the usual benchmark that make no sense with --engine spark. */
  private static final List<String> SPARK_CONFLICTS =
      List.of(
          "--corpus",
          "--baseline",
          "--rebuild",
          "--rebuild-new-jvm",
          "--threads",
          "--threads-compare",
          "--growth",
          "--new-jvm");

  /** The engines the benchmark can compare. */
  enum Engine {
    single,
    spark
  }

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-c", "--corpus"},
      paramLabel = "seeds|large|DIR",
      defaultValue = BenchPlan.SEEDS,
      description = "The corpus: the seed articles, the generated large corpus, or a folder.")
  private String corpus;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "The seed articles (for 'seeds' and as the source of 'large').")
  private Path seeds;

  @Option(
      names = {"-n", "--docs"},
      paramLabel = "N",
      description =
          "Documents: how many to generate for 'large' (default "
              + BenchPlan.LARGE_CORPUS_SIZE
              + "), or"
              + " use only the first N of the seeds or the folder.")
  private Integer docs;

  @Option(
      names = "--baseline",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Also time plain CoreNLP's default KBP pipeline on the same documents.")
  private boolean baseline;

  @Option(
      names = "--rebuild",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Also time a second build of the unchanged corpus (annotation cache).")
  private boolean rebuild;

  @Option(
      names = "--rebuild-new-jvm",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Also time the rebuild as a user runs it: 'newsgraph build' in a new JVM (needs"
              + " --rebuild).")
  private boolean rebuildNewJvm;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Threads of the main build and of plain CoreNLP. Default: the processors.")
  private Integer threads;

  @Option(
      names = "--threads-compare",
      description =
          "Also build with 1 and then with 2 threads, each into an empty store, after the first"
              + " build (so that both run in a warmed-up JVM).")
  private boolean threadsCompare;

  @Option(
      names = "--growth",
      paramLabel = "N",
      split = ",",
      arity = "0..1",
      fallbackValue = "100,500",
      description =
          "Measure growth instead (see above) with corpora of these sizes, increasing. --growth"
              + " alone: 100,500. Only --seeds, --threads, --new-jvm, --json, --work and"
              + " --verbose apply.")
  private List<Integer> growth;

  @Option(
      names = "--new-jvm",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "With --growth: run each one-article build in a new JVM, as a user runs it (start-up"
              + " and model loading included); --no-new-jvm runs them in this JVM.")
  private boolean newJvm;

  @Option(
      names = "--engine",
      paramLabel = "single|spark",
      defaultValue = "single",
      description =
          "spark: compare the Spark engine with the single-process one (see above) instead of the"
              + " usual benchmark.")
  private Engine engine;

  @Option(
      names = "--sizes",
      paramLabel = "N",
      split = ",",
      description =
          "With --engine spark: the corpus sizes at which the corpus-wide stages are timed,"
              + " increasing. Default: 50,100,200,400.")
  private List<Integer> sizes;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the figures as JSON to FILE.")
  private Path json;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Folder for the stores and the generated corpus, kept afterwards. Default: a temporary"
              + " folder, deleted at the end.")
  private Path work;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show stack traces on errors, and CoreNLP's own messages.")
  private boolean verbose;

  @Override
  public Integer call() {
    Path workDir;
    if (engine == Engine.spark) {
      SparkBenchPlan plan = sparkPlan();
      workDir = workFolder();
      try {
        SparkBenchReport report =
            new SparkBenchmark(
                    plan,
                    main.streams(),
                    main.annotatorLoader(),
                    master -> SparkStart.start(master, null, null, main.annotatorLoader()))
                .run(workDir);
        printReport(report.text(), report.json());
        return ExitCodes.OK;
      } finally {
        if (work == null) {
          deleteRecursively(workDir);
        }
      }
    }
    if (sizes != null) {
      throw new ParameterException(spec.commandLine(), "--sizes needs --engine spark");
    }
    if (growth != null) {
      GrowthPlan plan = growthPlan();
      workDir = workFolder();
      try {
        GrowthReport report =
            new GrowthBenchmark(plan, main.streams(), main.annotatorLoader()).run(workDir);
        printReport(report.text(), report.json());
        return ExitCodes.OK;
      } finally {
        if (work == null) {
          deleteRecursively(workDir);
        }
      }
    }
    BenchPlan plan = plan();
    workDir = workFolder();
    try {
      BenchReport report = new Benchmark(plan, main.streams(), main.annotatorLoader()).run(workDir);
      printReport(report.text(), report.json());
      return ExitCodes.OK;
    } finally {
      if (work == null) {
        deleteRecursively(workDir);
      }
    }
  }

  private BenchPlan plan() {
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try {
      return new BenchPlan(
          corpus,
          seeds,
          Optional.ofNullable(docs),
          threadCount,
          rebuild,
          rebuildNewJvm,
          threadsCompare,
          baseline,
          verbose);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void printReport(String text, String jsonText) {
    main.streams().out().print(text);
    main.streams().out().flush();
    if (json != null) {
      writeJson(jsonText);
    }
  }

  private GrowthPlan growthPlan() {
    for (String option : GROWTH_CONFLICTS) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(
            spec.commandLine(),
            "--growth generates its own corpora and runs its own builds; drop " + option);
      }
    }
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try {
      return new GrowthPlan(seeds, growth, threadCount, newJvm, verbose);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private SparkBenchPlan sparkPlan() {
    for (String option : SPARK_CONFLICTS) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(
            spec.commandLine(),
            "--engine spark generates its own corpus and runs its own builds; drop " + option);
      }
    }
    try {
      return new SparkBenchPlan(
          seeds,
          docs == null ? SparkBenchPlan.DEFAULT_DOCUMENTS : docs,
          sizes == null ? SparkBenchPlan.DEFAULT_SIZES : sizes,
          verbose);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void writeJson(String text) {
    try {
      Files.writeString(json, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.OUTPUT_FAILED,
          json.toString(),
          "cannot write the JSON report: " + e.getMessage() + "; check the path");
    }
    main.streams().err().println("bench: figures written to " + json);
  }

  private Path workFolder() {
    try {
      return work != null
          ? Files.createDirectories(work)
          : Files.createTempDirectory("newsgraph-bench-");
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.OUTPUT_FAILED,
          work != null ? work.toString() : System.getProperty("java.io.tmpdir"),
          "cannot create the benchmark's work folder: "
              + e.getMessage()
              + "; give a writable folder with --work");
    }
  }

  private void deleteRecursively(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      main.streams()
          .err()
          .println(
              "newsgraph: could not delete the benchmark folder " + folder + ": " + e.getMessage());
    }
  }
}
