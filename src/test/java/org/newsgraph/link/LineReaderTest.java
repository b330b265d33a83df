package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsLinesAcrossReadsOfAnySize() throws IOException {
    String longLine = "x".repeat(3_000_000);
    String text = "first\r\n\n" + longLine + "\nlast";
    assertEquals(List.of("first", "", longLine, "last"), lines(trickle(text, 7)));
    assertEquals(List.of("first", "", longLine, "last"), lines(trickle(text, 1 << 20)));
  }

  @Test
  void aFinalNewlineAddsNoEmptyLine() throws IOException {
    assertEquals(List.of("a", "b"), lines(trickle("a\nb\n", 3)));
    assertEquals(List.of(), lines(trickle("", 3)));
  }

  private static List<String> lines(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    new LineReader(in)
        .forEachLine(
            (bytes, from, to) ->
                lines.add(new String(bytes, from, to - from, StandardCharsets.UTF_8)));
    return lines;
  }

  /** A stream that returns at most {@code step} bytes per read, as network and gzip streams do. */
  private static InputStream trickle(String text, int step) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }
}
