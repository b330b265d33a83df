package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.pipeline.Streams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code newsgraph} command: reads news text and builds an RDF knowledge graph with the
 * sentence behind every fact. Subcommands: {@code build}, {@code query}, {@code export}, {@code
 * info}, {@code serve}, {@code bench}, {@code kb} and {@code help}.
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads news articles (.txt, .md, .html) and builds an RDF knowledge graph of the people,"
          + " organisations and places they name and the facts they state about them; every fact"
          + " points back to the sentences it came from.",
      "",
      "The graph lives in a store folder (default "
          + CommonOptions.DEFAULT_STORE
          + "): a TDB2"
          + " database, the annotation cache and build.json."
    },
    subcommands = {
      BuildCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      InfoCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      KbCommand.class,
      TrainRelationsCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./newsgraph build seeds/",
      "  ./newsgraph query 'SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }'",
      "  ./newsgraph export --format turtle --output graph.ttl",
      "  ./newsgraph build --help",
      "  ./newsgraph kb index --from enwiki-latest-page.sql.gz ... --output kb/",
      "",
      "Documentation: README.md and docs/ in the source tree."
    })
public final class Main implements Runnable {

  private final Streams streams;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;

  @Spec private CommandSpec spec;

  /** A command that writes to these streams and annotates with CoreNLP. */
  public Main(Streams streams) {
    this(
        streams,
        (Function<AnnotatorSettings, DocumentAnnotator> & Serializable) CoreNlpAnnotator::load);
  }

  /**
   * A command that writes to these streams and gets its annotator from {@code annotatorLoader}
   * (called at most once per build, and only when a document is not in the annotation cache; with
   * {@code --engine spark} once per executor JVM, so it must then be {@link Serializable}).
   */
  Main(Streams streams, Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader) {
    this.streams = streams;
    this.annotatorLoader = annotatorLoader;
  }

  /** Runs newsgraph with the process's streams and exits with the command's exit code. */
  public static void main(String[] args) {
    Streams streams = Streams.system();
    int exitCode = new Main(streams).execute(args);
    streams.out().flush();
    streams.err().flush();
    System.exit(exitCode);
  }

  /**
   * Parses the arguments, runs the subcommand and returns its exit code (see {@link ExitCodes});
   * never throws for a failure of the command.
   */
  public int execute(String... args) {
    CommandLine cli = commandLine();
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      streams.err().println("newsgraph: " + ErrorReporter.OUT_OF_MEMORY);
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
      streams.out().flush();
    }
  }

  /** The configured picocli command line, for {@link #execute} and for tests of the help texts. */
  CommandLine commandLine() {
    CommandLine cli = new CommandLine(this);
    cli.setOut(writer(streams.out()));
    cli.setErr(writer(streams.err()));
    cli.setExecutionExceptionHandler(new ErrorReporter(streams.err()));
    cli.setParameterExceptionHandler(new UsageErrorReporter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpAutoWidth(true);
    addExitCodeList(cli);
    return cli;
  }

  /** The streams the subcommands write to. */
  Streams streams() {
    return streams;
  }

  /** Loads the annotator a build uses on a cache miss. */
  Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader() {
    return annotatorLoader;
  }

  @Override
  public void run() {
    String commands =
        spec.subcommands().keySet().stream()
            .filter(name -> !name.equals("help"))
            .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(), "Missing command: give one of " + commands);
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static void addExitCodeList(CommandLine cli) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : ExitCodes.HELP_LIST) {
      int colon = entry.indexOf(':');
      codes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cli.getSubcommands().values().stream()
        .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
        .distinct()
        .forEach(
            sub ->
                sub.getCommandSpec()
                    .usageMessage()
                    .exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(codes));
  }
}
