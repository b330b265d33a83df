package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link DocumentLoader#fromText}: text that arrives without a file is read like a .txt file. */
class DocumentLoaderFromTextTest {

  private static final String SOURCE = "POST /ingest?id=harbour.txt";

  @Test
  void theTextIsDecodedAndCleanedLikeATextFile() {
    String raw = "\uFEFFHarbour reopens\r\n\r\nThe harbour\r\nreopened on\tMonday.\r\n";
    LoadResult result =
        DocumentLoader.fromText("harbour.txt", SOURCE, raw.getBytes(StandardCharsets.UTF_8));
    assertTrue(result.isClean(), result.problems().toString());
    SourceDocument document = result.documents().get(0);
    assertEquals("harbour.txt", document.id());
    assertEquals(SOURCE, document.source());
    assertEquals("Harbour reopens", document.title());
    assertEquals("Harbour reopens\n\nThe harbour reopened on Monday.", document.text());
    assertEquals(DocumentLoader.sha256Hex(document.text()), document.contentHash());
  }

  @Test
  void textThatIsNotUtf8IsAProblemNamingTheSource() {
    byte[] latin1 = "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1);
    LoadResult result = DocumentLoader.fromText("cafe.txt", SOURCE, latin1);
    assertTrue(result.documents().isEmpty());
    assertEquals(SOURCE, result.problems().get(0).input());
    assertTrue(
        result.problems().get(0).message().contains("not valid UTF-8"),
        result.problems().get(0).message());
  }

  @Test
  void binaryAndEmptyTextsAreProblems() {
    LoadResult binary = DocumentLoader.fromText("x", SOURCE, new byte[] {'P', 'K', 3, 4, 0, 0});
    assertTrue(binary.problems().get(0).message().contains("binary"));
    LoadResult empty =
        DocumentLoader.fromText("x", SOURCE, " \n\t\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(empty.problems().get(0).message().contains("empty"));
    assertTrue(empty.documents().isEmpty());
  }
}
