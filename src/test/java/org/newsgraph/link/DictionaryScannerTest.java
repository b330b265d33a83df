package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DictionaryScannerTest {

  @Test
  void keepsExactlyTheWantedSurfacesBestFirst() {
    Map<String, List<LinkCandidate>> found =
        new DictionaryScanner(new TinyDictionary()).scan(List.of("Riverton", "Nowhere", "CDL"));
    assertEquals(
        List.of(
            new LinkCandidate("Riverton,_Utah", 0.5), new LinkCandidate("Riverton,_Wyoming", 0.3)),
        found.get("Riverton"));
    assertEquals(List.of(new LinkCandidate("Coastal_Defence_League", 0.8)), found.get("CDL"));
    assertTrue(found.get("Nowhere").isEmpty());
    assertEquals(3, found.size());
  }

  @Test
  void readsNonAsciiSurfacesCrlfAndALastLineWithoutNewline() {
    String text =
        "S\u00e3o Paulo\tS\u00e3o_Paulo\t0.93\r\nbroken line\nZ\u00fcrich\tZ\u00fcrich\t0.9";
    Map<String, List<LinkCandidate>> found =
        new DictionaryScanner(inMemory(text))
            .scan(List.of("S\u00e3o Paulo", "Z\u00fcrich", "broken line"));
    assertEquals(List.of(new LinkCandidate("S\u00e3o_Paulo", 0.93)), found.get("S\u00e3o Paulo"));
    assertEquals(List.of(new LinkCandidate("Z\u00fcrich", 0.9)), found.get("Z\u00fcrich"));
    assertTrue(found.get("broken line").isEmpty());
  }

  @Test
  void anUnreadableDictionaryIsReportedByName() {
    WikiDictionary notGzip =
        new WikiDictionary() {
          @Override
          public String identity() {
            return "bad";
          }

          @Override
          public InputStream open() {
            return new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8));
          }

          @Override
          public String toString() {
            return "bad-dictionary";
          }
        };
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> new DictionaryScanner(notGzip).scan(List.of("x")));
    assertTrue(e.getMessage().contains("bad-dictionary"), e.getMessage());
  }

  private static WikiDictionary inMemory(String text) {
    return new WikiDictionary() {
      @Override
      public String identity() {
        return "memory";
      }

      @Override
      public InputStream open() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
          gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
      }
    };
  }
}
