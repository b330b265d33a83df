package org.newsgraph.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.link.WikidataIds;
import org.newsgraph.link.WikipediaLinker;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;

class KnowledgeBaseBuilderTest {

  @TempDir Path temp;

  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  private List<Path> dumps;

  @BeforeEach
  void writeDumps() throws IOException {
    dumps =
        List.of(
            DumpText.gzip(temp, "enwiki-20251120-page.sql.gz", DumpText.PAGE),
            DumpText.gzip(temp, "enwiki-20251120-redirect.sql.gz", DumpText.REDIRECT),
            DumpText.gzip(temp, "enwiki-20251120-page_props.sql.gz", DumpText.PAGE_PROPS),
            DumpText.gzip(temp, "latest-all.json.gz", DumpText.WIKIDATA));
  }

  private KnowledgeBaseBuilder builder() {
    // a clock that moves 10 s a reading, and sorts of two lines, so that runs go to disk
    AtomicLong clock = new AtomicLong();
    return new KnowledgeBaseBuilder(
        new PrintStream(progress, true, StandardCharsets.UTF_8),
        () -> clock.addAndGet(10_000_000_000L),
        2);
  }

  private static String dictionary(Path kb) throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(kb.resolve(KnowledgeBase.DICTIONARY)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void titlesRedirectsAndWikidataNamesLeadToTheCurrentArticle() throws IOException {
    Path out = temp.resolve("kb");
    KnowledgeBaseBuilder.Result result = builder().build(dumps, out);
    String dictionary = dictionary(out);
    assertTrue(dictionary.contains("Freedonia\tFreedonia\t1.0000\n"), dictionary);
    assertTrue(dictionary.contains("Old Freedonia\tFreedonia\t1.0000\n"), dictionary);
    assertTrue(
        dictionary.contains("Duck's Ministry\tMinistry_of_Ducks_(Freedonia)\t1.0000\n"),
        dictionary);
    assertTrue(dictionary.contains("Brightwater Town\tBrightwater_(city)\t1.0000\n"), dictionary);
    assertTrue(dictionary.contains("Firefly\tRufus_T._Firefly\t1.0000\n"), dictionary);
    // "Brightwater" is a disambiguation page: left out; its name is shared by the two
    // qualified titles (weight 1 each) and a Wikidata alias (0.5)
    assertTrue(dictionary.contains("Brightwater\tBrightwater_(city)\t0.4000\n"), dictionary);
    assertTrue(dictionary.contains("Brightwater\tBrightwater_(river)\t0.4000\n"), dictionary);
    assertTrue(dictionary.contains("Brightwater\tRufus_T._Firefly\t0.2000\n"), dictionary);
    assertFalse(dictionary.contains("\tBrightwater\t"), dictionary);
    assertFalse(dictionary.contains("Sylvania"), dictionary);
    // a common noun (its Wikidata label is in lower case) gets no name from its capitalised title
    assertFalse(dictionary.contains("Duck pond\t"), dictionary);
    assertTrue(dictionary.contains("Duckpond\tDuck_pond\t1.0000\n"), dictionary);
    assertEquals(6, result.articles());
    assertEquals(3, result.redirects());
    assertEquals(1, result.disambiguations());
    String report = progress.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("kb index: reading enwiki-20251120-page.sql.gz"), report);
    assertTrue(report.contains("left to read them"), report);
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(5, siblings.count(), "no temporary folder is left");
    }
  }

  @Test
  void qidsComeFromPagePropsThenWikidataForAnyEntityType() throws IOException {
    Path out = temp.resolve("kb");
    builder().build(dumps, out);
    KnowledgeBase kb = KnowledgeBase.open(out);
    WikidataIds ids =
        kb.wikidataIds(
            List.of("Freedonia", "Rufus_T._Firefly", "Brightwater_(river)"), WikidataIds.bundled());
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.PERSON));
    assertEquals(Optional.of("Q9000005"), ids.qid("Rufus_T._Firefly", EntityType.PERSON));
    assertEquals(Optional.empty(), ids.qid("Brightwater_(river)", EntityType.PLACE));
  }

  @Test
  void theLinkerLinksWithTheKnowledgeBase() throws IOException {
    Path out = temp.resolve("kb");
    builder().build(dumps, out);
    KnowledgeBase kb = KnowledgeBase.open(out);
    Entity old =
        new Entity("c/1", EntityType.COUNTRY, "Old Freedonia", List.of(), Optional.empty());
    Entity ambiguous =
        new Entity("l/1", EntityType.PLACE, "Brightwater", List.of(), Optional.empty());
    ResolvedCorpus linked =
        new WikipediaLinker(
                LinkSettings.defaults(), temp.resolve("cache"), kb.dictionary(), kb.indexFolder())
            .link(new ResolvedCorpus(List.of(old, ambiguous), List.of()));
    assertEquals(Optional.of("Freedonia"), linked.entities().get(0).wikipediaTitle());
    assertEquals(Optional.empty(), linked.entities().get(1).wikipediaTitle());
  }

  @Test
  void aTruncatedDumpNamesTheFileAndLeavesThePreviousKnowledgeBase() throws IOException {
    Path out = temp.resolve("kb");
    builder().build(dumps, out);
    String before = KnowledgeBase.open(out).identity();
    Path cut = DumpText.truncated(temp, "enwiki-20251121-redirect.sql.gz", DumpText.REDIRECT, 0.6);
    List<Path> bad = List.of(dumps.get(0), cut, dumps.get(2));
    BadDumpException e = assertThrows(BadDumpException.class, () -> builder().build(bad, out));
    assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(e.getMessage().contains("download it again"), e.getMessage());
    assertEquals(before, KnowledgeBase.open(out).identity());
    assertTrue(dictionary(out).contains("Old Freedonia\tFreedonia"));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(6, siblings.count(), "the temporary folder is removed");
    }
  }

  @Test
  void aFileThatIsNotGzipIsABadDump() throws IOException {
    Path html = Files.writeString(temp.resolve("enwiki-latest-page.sql.gz"), "<html>404</html>");
    BadDumpException e =
        assertThrows(
            BadDumpException.class, () -> builder().build(List.of(html), temp.resolve("kb")));
    assertTrue(e.getMessage().contains("is not a gzip file"), e.getMessage());
    assertFalse(Files.exists(temp.resolve("kb")));
  }

  @Test
  void unknownFilesAFolderOfOtherFilesAndNoPageDumpAreRefused() throws IOException {
    Path notes = Files.writeString(temp.resolve("notes.txt"), "x");
    assertThrows(
        IllegalArgumentException.class,
        () -> builder().build(List.of(dumps.get(0), notes), temp.resolve("kb")));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder().build(List.of(dumps.get(1)), temp.resolve("kb")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder().build(dumps, temp));
    assertTrue(e.getMessage().contains("not a knowledge base"), e.getMessage());
  }

  @Test
  void openingAFolderThatIsNoKnowledgeBaseSaysHowToMakeOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.open(temp));
    assertTrue(e.getMessage().contains("newsgraph kb index"), e.getMessage());
  }
}
