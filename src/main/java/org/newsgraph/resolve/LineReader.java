package org.newsgraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, with an optional {@code \r} before it removed)
 * and hands each to a consumer as a reused byte array, so reading many lines allocates nothing.
 */
final class LineReader {

  /** Receives one line: {@code line[0, length)}; the array is reused after the call. */
  @FunctionalInterface
  interface LineConsumer {
    void accept(byte[] line, int length);
  }

  private static final int CHUNK = 1 << 20;

  private final InputStream in;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Reads to the end of the stream; a last line without a newline is delivered too. */
  void forEachLine(LineConsumer consumer) throws IOException {
    byte[] buffer = new byte[CHUNK];
    byte[] line = new byte[256];
    int lineLength = 0;
    int read;
    while ((read = in.read(buffer)) > 0) {
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          line = append(line, lineLength, buffer, start, i - start);
          lineLength += i - start;
          deliver(consumer, line, lineLength);
          lineLength = 0;
          start = i + 1;
        }
      }
      line = append(line, lineLength, buffer, start, read - start);
      lineLength += read - start;
    }
    if (lineLength > 0) {
      deliver(consumer, line, lineLength);
    }
  }

  private static void deliver(LineConsumer consumer, byte[] line, int length) {
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    consumer.accept(line, end);
  }

  private static byte[] append(byte[] line, int lineLength, byte[] src, int from, int count) {
    byte[] target = line;
    if (lineLength + count > target.length) {
      target = Arrays.copyOf(target, Math.max(target.length * 2, lineLength + count));
    }
    System.arraycopy(src, from, target, lineLength, count);
    return target;
  }
}
