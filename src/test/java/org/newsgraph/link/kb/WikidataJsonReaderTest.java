package org.newsgraph.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikidataJsonReaderTest {

  private static final Path FILE = Path.of("latest-all.json.gz");

  private static List<WikidataJsonReader.Item> items(String text) throws IOException {
    List<WikidataJsonReader.Item> items = new ArrayList<>();
    new WikidataJsonReader(FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .read(items::add);
    return items;
  }

  @Test
  void keepsItemsWithAnEnglishArticleAndTheirEnglishNames() throws IOException {
    List<WikidataJsonReader.Item> items = items(DumpText.WIKIDATA).subList(0, 1);
    assertEquals(
        List.of(
            new WikidataJsonReader.Item(
                "Q9000005",
                "Rufus T. Firefly",
                "Rufus T. Firefly",
                List.of("Firefly", "Brightwater"))),
        items);
  }

  @Test
  void readsJsonLinesWithoutTheArray() throws IOException {
    String lines =
        DumpText.WIKIDATA.replace("[\n", "").replace("\n]\n", "\n").replace("}},\n", "}}\n");
    assertEquals(2, items(lines).size());
  }

  @Test
  void aTruncatedDumpIsRefused() {
    String cut = DumpText.WIKIDATA.substring(0, DumpText.WIKIDATA.indexOf("Sylvania"));
    BadDumpException e = assertThrows(BadDumpException.class, () -> items(cut));
    assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(e.getMessage().contains("wikidatawiki/entities"), e.getMessage());
    String unclosed = DumpText.WIKIDATA.substring(0, DumpText.WIKIDATA.lastIndexOf(']'));
    BadDumpException array = assertThrows(BadDumpException.class, () -> items(unclosed));
    assertTrue(array.getMessage().contains("truncated"), array.getMessage());
  }
}
