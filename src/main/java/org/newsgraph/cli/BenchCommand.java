package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.BaselineKbpRunner;
import org.newsgraph.cli.BenchMeasurement.Kind;
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
      "  ./newsgraph bench --corpus articles/ --docs 20 --json bench.json"
    })
final class BenchCommand implements Callable<Integer> {

  /** Articles in the generated corpus unless --docs says otherwise. */
  static final int LARGE_CORPUS_SIZE = 100;

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-c", "--corpus"},
      paramLabel = "seeds|large|DIR",
      defaultValue = BenchCorpus.SEEDS,
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
          "Documents: how many to generate for 'large' (default " + LARGE_CORPUS_SIZE + "), or"
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
    int threadCount = threadCount();
    Path workDir = workFolder();
    try {
      BenchReport report = measure(threadCount, workDir);
      String text = BenchReportText.render(report);
      main.streams().out().print(text);
      main.streams().out().flush();
      if (json != null) {
        writeJson(report);
      }
      return ExitCodes.OK;
    } finally {
      if (work == null) {
        deleteRecursively(workDir);
      }
    }
  }

  private BenchReport measure(int threadCount, Path workDir) {
    MachineInfo machine = MachineInfo.current();
    BenchCorpus bench = corpus(workDir);
    Streams streams = main.streams();
    streams.err().println("bench: corpus '" + bench.name() + "': " + bench.description());
    List<BenchMeasurement> runs = new ArrayList<>();
    try (HeapMonitor heap = new HeapMonitor()) {
      BenchRunner runner =
          new BenchRunner(streams, main.annotatorLoader(), annotatorSettings(), heap);
      Path store = workDir.resolve("store-main");
      BenchMeasurement first =
          runner.build("build, empty store", Kind.BUILD, bench, store, threadCount, 0);
      runs.add(first);
      if (rebuild) {
        runs.add(runner.build("build again, unchanged", Kind.CACHED_REBUILD, bench, store,
            threadCount, first.tokens()));
        if (rebuildNewJvm) {
          runs.add(runner.buildInNewJvm("build again, new JVM", bench, store, threadCount,
              first.tokens()));
        }
      }
      if (threadsCompare) {
        for (int n = 1; n <= 2; n++) {
          runs.add(runner.build("build --threads " + n + ", empty store", Kind.THREAD_COMPARISON,
              bench, workDir.resolve("store-threads-" + n), n, 0));
        }
      }
      if (baseline) {
        runs.add(runner.baseline("plain CoreNLP KBP", bench, threadCount));
      }
    }
    return new BenchReport(machine, bench.name(), bench.description(), bench.words(), runs);
  }

  private BenchCorpus corpus(Path workDir) {
    if (docs != null && docs < 1) {
      throw new ParameterException(spec.commandLine(), "--docs must be at least 1; got " + docs);
    }
    return switch (corpus) {
      case BenchCorpus.SEEDS -> BenchCorpus.folder(BenchCorpus.SEEDS, seeds, docs);
      case BenchCorpus.LARGE ->
          BenchCorpus.generated(
              seeds, docs == null ? LARGE_CORPUS_SIZE : docs, workDir.resolve("corpus-large"));
      default -> BenchCorpus.folder(corpus, Path.of(corpus), docs);
    };
  }

  private int threadCount() {
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1; got " + count);
    }
    return count;
  }

  private AnnotatorSettings annotatorSettings() {
    return verbose
        ? AnnotatorSettings.fromMap(Map.of("verbose", "true"))
        : AnnotatorSettings.defaults();
  }

  private void writeJson(BenchReport report) {
    try {
      Files.writeString(json, BenchReportJson.render(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.OUTPUT_FAILED, json.toString(),
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
          "cannot create the benchmark's work folder: " + e.getMessage()
              + "; give a writable folder with --work");
    }
  }

  private void deleteRecursively(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      main.streams().err().println(
          "newsgraph: could not delete the benchmark folder " + folder + ": " + e.getMessage());
    }
  }
}
