package org.newsgraph.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.InvalidQueryException;
import org.newsgraph.store.QueryFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code newsgraph query}: runs a SPARQL query over the store. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store and writes the"
          + " results to stdout.",
      "",
      "The default graph is the union of all named graphs (corpus, documents, ontology); GRAPH"
          + " still reaches each one. Declare the prefixes you use (ng:, rdfs:, schema:... are"
          + " listed in docs/graph-model.md). CONSTRUCT and DESCRIBE results are written as"
          + " Turtle (JSON-LD for json, RDF/XML for xml)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./newsgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'",
      "  ./newsgraph query --format csv \\",
      "    'PREFIX ng: <https://w3id.org/newsgraph/ontology#>",
      "     PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
      "     SELECT ?person ?name WHERE { ?person a ng:Person ; rdfs:label ?name } ORDER BY ?name'",
      "  ./newsgraph query --format json --file queries/facts.rq",
      "  echo 'ASK { ?s ?p ?o }' | ./newsgraph query --file -"
    })
final class QueryCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Mixin private CommonOptions common;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "Result format: table, json, csv, tsv or xml.")
  private QueryFormat format;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  /** Where the query comes from: the command line or a file. */
  static final class Source {
    @Option(
        names = "--file",
        paramLabel = "FILE",
        description = "Read the query from FILE (UTF-8); - reads stdin.")
    private Path file;

    @Parameters(paramLabel = "QUERY", description = "The query text.")
    private String text;
  }

  @Override
  public Integer call() {
    String subject = source.file == null ? "query" : source.file.toString();
    String sparql = source.file == null ? source.text : readQuery(source.file);
    try (GraphStore store = GraphStore.openExisting(common.store())) {
      store.query(sparql, format, main.streams().out());
    } catch (InvalidQueryException e) {
      throw new CliException(
          ExitCodes.INVALID_QUERY, subject, describe(e) + "; fix the query and run it again", e);
    }
    return ExitCodes.OK;
  }

  /** The parser's first line, which names line and column; the rest lists expected tokens. */
  private static String describe(InvalidQueryException e) {
    String message = e.getMessage().lines().findFirst().orElse("invalid SPARQL").strip();
    message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    String position = e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
    return message.contains("line " + e.line()) ? message : message + position;
  }

  private String readQuery(Path file) {
    try {
      byte[] bytes =
          file.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new CliException(
          ExitCodes.BAD_INPUT, file.toString(), "no such file; check the path", e);
    } catch (CharacterCodingException e) {
      throw new CliException(
          ExitCodes.BAD_INPUT,
          file.toString(),
          "not valid UTF-8; convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
          e);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.BAD_INPUT,
          file.toString(),
          "cannot be read (" + e.getMessage() + "); check the path and its permissions",
          e);
    }
  }

  /** Reads a format name such as {@code json}, any case. */
  static final class FormatConverter implements ITypeConverter<QueryFormat> {
    @Override
    public QueryFormat convert(String value) {
      try {
        return QueryFormat.fromName(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
