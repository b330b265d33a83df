package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The content types {@code POST /ingest} takes as UTF-8 plain text. */
class IngestFilterTest {

  @Test
  void plainTextInUtf8OrWithoutACharsetIsAccepted() {
    assertTrue(IngestFilter.isPlainText(null));
    assertTrue(IngestFilter.isPlainText("text/plain"));
    assertTrue(IngestFilter.isPlainText("text/plain; charset=utf-8"));
    assertTrue(IngestFilter.isPlainText("Text/Plain;Charset=\"UTF-8\""));
  }

  @Test
  void otherTypesAndCharsetsAreRefused() {
    assertFalse(IngestFilter.isPlainText("application/x-www-form-urlencoded"));
    assertFalse(IngestFilter.isPlainText("text/html; charset=utf-8"));
    assertFalse(IngestFilter.isPlainText("text/plain; charset=iso-8859-1"));
    assertFalse(IngestFilter.isPlainText("application/octet-stream"));
  }
}
