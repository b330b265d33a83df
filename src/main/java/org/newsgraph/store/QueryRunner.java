package org.newsgraph.store;

import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * Parses a SPARQL query, runs it over the union of a dataset's named graphs and writes the results
 * in a {@link QueryFormat}. The caller holds the read transaction.
 */
final class QueryRunner {

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private QueryRunner() {}

  /**
   * Parses a query (SPARQL 1.1 with Jena's extensions).
   *
   * @throws InvalidQueryException with the parser's message, line and column
   */
  static Query parse(String sparql) {
    Query query;
    try {
      query = QueryFactory.create(sparql, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      throw invalid(e);
    }
    if (!(query.isSelectType()
        || query.isAskType()
        || query.isConstructType()
        || query.isDescribeType())) {
      throw new InvalidQueryException(
          "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run", -1, -1, null);
    }
    return query;
  }

  /**
   * The parser's message states the position of the offending token; the exception's line and
   * column fields do not always agree with it (they can be 0 or point elsewhere), so the message is
   * the source of the position whenever it has one.
   */
  private static InvalidQueryException invalid(QueryParseException e) {
    String message = String.valueOf(e.getMessage());
    Matcher position = POSITION.matcher(message);
    boolean stated = position.find();
    int line = stated ? Integer.parseInt(position.group(1)) : e.getLine();
    int column = stated ? Integer.parseInt(position.group(2)) : e.getColumn();
    return new InvalidQueryException("Invalid SPARQL query: " + message, line, column, e);
  }

  /** Runs the query over the union default graph and writes its results to {@code out}. */
  static void run(
      DatasetGraph dataset,
      Query query,
      QueryFormat format,
      PrefixMapping prefixes,
      OutputStream out) {
    try (QueryExecution execution =
        QueryExecution.dataset(DatasetFactory.wrap(dataset))
            .query(query)
            .set(TDB2.symUnionDefaultGraph, true)
            .build()) {
      if (query.isSelectType()) {
        writeSelect(execution.execSelect(), format, prefixes, out);
      } else if (query.isAskType()) {
        writeAsk(execution.execAsk(), format, out);
      } else {
        Model model =
            query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
        model.setNsPrefixes(prefixes);
        model.setNsPrefixes(query.getPrefixMapping());
        writeGraph(model, format, out);
      }
    }
  }

  private static void writeSelect(
      ResultSet results, QueryFormat format, PrefixMapping prefixes, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, results, prefixes);
      case JSON -> ResultSetFormatter.output(out, results, ResultSetLang.RS_JSON);
      case CSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_CSV);
      case TSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_TSV);
      case XML -> ResultSetFormatter.output(out, results, ResultSetLang.RS_XML);
    }
  }

  private static void writeAsk(boolean answer, QueryFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, answer);
      case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
      case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
      case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
      case XML -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_XML);
    }
  }

  private static void writeGraph(Model model, QueryFormat format, OutputStream out) {
    switch (format) {
      case JSON -> RDFDataMgr.write(out, model, RDFFormat.JSONLD);
      case XML -> RDFDataMgr.write(out, model, Lang.RDFXML);
      default -> RDFDataMgr.write(out, model, RDFFormat.TURTLE);
    }
  }
}
