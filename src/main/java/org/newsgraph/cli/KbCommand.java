package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.link.kb.BadDumpException;
import org.newsgraph.link.kb.KnowledgeBaseBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph kb}: knowledge bases the user supplies, made from Wikipedia's dumps. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = {
      "Knowledge bases for linking, made from current Wikipedia dumps: 'kb index' builds one,"
          + " 'build --kb DIR' links with it instead of the bundled 2016 dictionary."
    },
    subcommands = {KbCommand.Index.class})
final class KbCommand implements Runnable {

  @ParentCommand Main main;

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give 'index'");
  }

  /** {@code newsgraph kb index --from DUMP... --output DIR}. */
  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description = {
        "Builds a knowledge base for linking from English Wikipedia's dump files (from"
            + " https://dumps.wikimedia.org/enwiki/latest/): enwiki-latest-page.sql.gz (required),"
            + " enwiki-latest-redirect.sql.gz (redirects become names of the article they lead"
            + " to), enwiki-latest-page_props.sql.gz (each article's Wikidata QID; disambiguation"
            + " pages are left out), and optionally a Wikidata JSON dump (latest-all.json.gz:"
            + " English labels and aliases of items with an English article).",
        "The dumps are streamed and sorted on disk, so memory stays bounded; the new knowledge"
            + " base replaces the one in DIR only when it is complete. Progress goes to stderr."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./newsgraph kb index --output kb/ --from enwiki-latest-page.sql.gz \\",
        "      enwiki-latest-redirect.sql.gz enwiki-latest-page_props.sql.gz",
        "  ./newsgraph build --kb kb/ seeds/"
      })
  static final class Index implements Callable<Integer> {

    @ParentCommand private KbCommand kb;

    @Option(
        names = "--from",
        arity = "1..*",
        required = true,
        paramLabel = "DUMP",
        description =
            "Dump files: *-page.sql.gz, *-redirect.sql.gz, *-page_props.sql.gz, *.json.gz.")
    private List<Path> dumps;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "DIR",
        description = "The knowledge base folder: new, empty, or an earlier knowledge base.")
    private Path output;

    @Override
    public Integer call() {
      PrintStream err = kb.main.streams().err();
      KnowledgeBaseBuilder.Result result;
      try {
        result = new KnowledgeBaseBuilder(err).build(dumps, output);
      } catch (BadDumpException e) {
        throw new CliException(ExitCodes.BAD_INPUT, "kb index", e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE, "kb index", e.getMessage(), e);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.OUTPUT_FAILED,
            "kb index",
            "cannot build the knowledge base in "
                + output
                + " ("
                + e
                + "); the previous one, if any, is left as it was",
            e);
      }
      PrintStream out = kb.main.streams().out();
      out.println("knowledge base   " + result.folder());
      out.println("articles         " + result.articles());
      out.println("redirects        " + result.redirects());
      out.println("disambiguations  " + result.disambiguations() + " (left out)");
      out.println("names            " + result.surfaces());
      out.println("dictionary lines " + result.dictionaryLines());
      out.println("wikidata qids    " + result.qids());
      out.println("time             " + result.millis() + " ms");
      return ExitCodes.OK;
    }
  }
}
