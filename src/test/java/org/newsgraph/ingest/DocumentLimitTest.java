package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentLimitTest {

  @Test
  void sizesAreReadWithOrWithoutAUnit() {
    assertEquals(200_000, DocumentLimit.parse("200000").maxBytes());
    assertEquals(512 * 1024, DocumentLimit.parse("512k").maxBytes());
    assertEquals(512 * 1024, DocumentLimit.parse(" 512KB ").maxBytes());
    assertEquals(4L * 1024 * 1024, DocumentLimit.parse("4m").maxBytes());
    assertEquals(2L * 1024 * 1024 * 1024, DocumentLimit.parse("2G").maxBytes());
  }

  @Test
  void anythingElseIsRefusedWithTheFormsAccepted() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentLimit.parse("4 TB"));
    assertTrue(e.getMessage().contains("'4 TB' is not a size"), e.getMessage());
    assertTrue(e.getMessage().contains("4m or 512k"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DocumentLimit.parse("0"));
    assertThrows(IllegalArgumentException.class, () -> DocumentLimit.parse("-5k"));
  }

  @Test
  void theLimitIsInclusiveAndCountsTheCleanedTextsUtf8Bytes() {
    DocumentLimit limit = new DocumentLimit(12);
    assertTrue(limit.accepts(12));
    assertFalse(limit.accepts(13));
    String text = "Title\nÅngström";
    LoadResult tooBig =
        DocumentLoader.fromText("a", "a.txt", text.getBytes(StandardCharsets.UTF_8), limit);
    assertEquals(1, tooBig.problems().size());
    assertTrue(
        tooBig.problems().get(0).message().startsWith("its text is 16 bytes, above the 12 bytes"),
        tooBig.problems().get(0).message());
    LoadResult fits =
        DocumentLoader.fromText(
            "a", "a.txt", text.getBytes(StandardCharsets.UTF_8), new DocumentLimit(16));
    assertTrue(fits.isClean());
  }

  @Test
  void theDefaultIsOneMegabyte() {
    assertEquals(1024 * 1024, DocumentLimit.DEFAULT.maxBytes());
    assertEquals("3.0 MB", DocumentLimit.describe(3L * 1024 * 1024));
  }
}
