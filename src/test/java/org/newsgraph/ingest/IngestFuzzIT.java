package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of everything that reads a user's file: strict UTF-8 decoding,
 * HTML and Markdown to text, and text cleaning, for each input format. Whatever the bytes, reading
 * either refuses them with an {@link InputRejectedException} (the user gets a message) or gives a
 * document whose text is clean: non-empty, no control characters but newlines, none of the
 * noncharacters XML cannot carry, no blank first line, the title its first line, the hash its
 * text's SHA-256. Any other exception, or a text that breaks these rules, is a finding.
 *
 * <p>{@code mvn verify} fuzzes it for a fixed time (JAZZER_FUZZ=1, execution {@code fuzz} in the
 * POM); a finding is saved under {@code IngestFuzzITInputs/fuzz/} and then runs as a regression
 * input every time.
 */
class IngestFuzzIT {

  private static final InputFormat[] FORMATS = InputFormat.values();

  @FuzzTest(maxDuration = "60s")
  void fuzz(FuzzedDataProvider data) {
    InputFormat format = FORMATS[data.consumeInt(0, FORMATS.length - 1)];
    byte[] bytes = data.consumeRemainingAsBytes();
    SourceDocument doc;
    try {
      doc = DocumentLoader.toDocument("f", "f", format, bytes, DocumentLimit.DEFAULT);
    } catch (InputRejectedException e) {
      assertFalse(e.getMessage().isBlank(), "a refusal says why");
      return;
    }
    String text = doc.text();
    assertFalse(text.isBlank(), "an accepted document has text");
    text.codePoints().forEach(IngestFuzzIT::assertAllowed);
    assertEquals(text.lines().findFirst().orElse(""), doc.title());
    assertFalse(doc.title().isBlank(), "the first line is not blank");
    assertEquals(DocumentLoader.sha256Hex(text), doc.contentHash());
  }

  private static void assertAllowed(int c) {
    assertTrue(c == '\n' || c == '\t' || c >= 0x20, () -> "control character U+" + hex(c));
    assertTrue(c < 0x7F || c > 0x9F, () -> "C1 control character U+" + hex(c));
    assertTrue(c != 0xFFFE && c != 0xFFFF, () -> "noncharacter U+" + hex(c));
    assertTrue(c < 0xD800 || c > 0xDFFF, () -> "lone surrogate U+" + hex(c));
  }

  private static String hex(int c) {
    return Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
  }
}
