package org.newsgraph.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.SampleCorpus;

/**
 * Runs the example queries of docs/provenance.md over the sample corpus (with its names in place of
 * the seed articles' names), so that the documentation stays true.
 */
class ProvenanceQueriesIT {

  @TempDir static Path tmp;
  private static GraphStore store;
  private static String prefixes;
  private static List<String> queries;

  @BeforeAll
  static void fillStoreAndReadTheDocs() throws IOException {
    store = GraphStore.open(tmp.resolve("store"));
    store.replaceContents(
        new GraphBuilder(GraphSettings.defaults())
            .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts()),
        new BuildSummary(Instant.EPOCH, Map.of(), Map.of()));
    String markdown = Files.readString(Path.of("docs/provenance.md"));
    Matcher block = Pattern.compile("```sparql\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(
          block
              .group(1)
              .replace("\"Mark Rutte\"", "\"Ada Lovelace\"")
              .replace("\"NATO\"", "\"Northern Alliance\"")
              .replace("\"Japan\"", "\"Freedonia\""));
    }
    prefixes = blocks.remove(0);
    queries = blocks;
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void theDocumentHasTenExampleQueries() {
    assertEquals(10, queries.size());
  }

  @Test
  void titlesHeld() {
    List<QuerySolution> rows = run(1);
    assertEquals(1, rows.size());
    assertEquals("secretary general", rows.get(0).getLiteral("title").getString());
    assertEquals(1, rows.get(0).getLiteral("sentences").getInt());
  }

  @Test
  void membersOfAGroupLeaveOutNegatedMembership() {
    assertEquals(List.of(), run(2));
  }

  @Test
  void whereAnOrganisationIsBased() {
    List<QuerySolution> rows = run(3);
    assertEquals(1, rows.size());
    assertEquals("Brightwater", rows.get(0).getLiteral("placeName").getString());
  }

  @Test
  void everyFactAboutAPersonWithItsSentence() {
    List<QuerySolution> rows = run(4);
    assertEquals(5, rows.size());
    assertTrue(
        rows.stream()
            .anyMatch(
                row ->
                    row.getLiteral("sentence").getString().equals(SampleCorpus.DOC2_SENTENCE)
                        && row.getLiteral("relation").getString().equals("employer")));
  }

  @Test
  void documentsMentioningAnEntity() {
    List<QuerySolution> rows = run(5);
    assertEquals(1, rows.size());
    assertEquals(SampleCorpus.DOC1, rows.get(0).getLiteral("id").getString());
  }

  @Test
  void deniedStatementsKeepTheirSentence() {
    List<QuerySolution> rows = run(6);
    assertEquals(1, rows.size());
    assertEquals("Negated", rows.get(0).getLiteral("modality").getString());
    assertEquals(SampleCorpus.MEMBER_SENTENCE, rows.get(0).getLiteral("sentence").getString());
  }

  @Test
  void documentsStatingAFact() {
    assertEquals(2, run(7).size());
  }

  @Test
  void strongestFactsComeFirst() {
    List<QuerySolution> rows = run(8);
    assertEquals(4, rows.size());
    assertEquals("employer", rows.get(0).getLiteral("relation").getString());
  }

  @Test
  void factsAsWikidataSeesThem() {
    assertEquals(4, run(9).size());
  }

  @Test
  void sentenceOffsetsAgreeWithTheText() {
    List<QuerySolution> rows = run(10);
    assertEquals(4, rows.size());
    assertTrue(rows.stream().allMatch(row -> row.getLiteral("offsetsAgree").getBoolean()));
  }

  private static List<QuerySolution> run(int number) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.query(prefixes + queries.get(number - 1), QueryFormat.JSON, out);
    List<QuerySolution> rows = new ArrayList<>();
    ResultSetMgr.read(
            new ByteArrayInputStream(out.toString(UTF_8).getBytes(UTF_8)), ResultSetLang.RS_JSON)
        .forEachRemaining(rows::add);
    return rows;
  }
}
