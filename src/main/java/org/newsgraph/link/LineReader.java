package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, with an optional {@code \r} before it removed) and
 * hands each to a consumer as a range of a reused byte array, so reading many lines allocates
 * nothing.
 */
final class LineReader {

  /** Receives one line: {@code bytes[from, to)}; the array is reused after the call. */
  @FunctionalInterface
  interface LineConsumer {
    void accept(byte[] bytes, int from, int to);
  }

  private static final int CHUNK = 1 << 20;

  private final InputStream in;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Reads to the end of the stream; a last line without a newline is delivered too. */
  void forEachLine(LineConsumer consumer) throws IOException {
    byte[] buffer = new byte[CHUNK];
    byte[] carry = new byte[256];
    int carried = 0;
    int read;
    while ((read = in.read(buffer)) > 0) {
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (buffer[i] != '\n') {
          continue;
        }
        if (carried == 0) {
          deliver(consumer, buffer, start, i);
        } else {
          carry = append(carry, carried, buffer, start, i - start);
          deliver(consumer, carry, 0, carried + i - start);
          carried = 0;
        }
        start = i + 1;
      }
      carry = append(carry, carried, buffer, start, read - start);
      carried += read - start;
    }
    if (carried > 0) {
      deliver(consumer, carry, 0, carried);
    }
  }

  private static void deliver(LineConsumer consumer, byte[] bytes, int from, int to) {
    int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
    consumer.accept(bytes, from, end);
  }

  private static byte[] append(byte[] carry, int carried, byte[] src, int from, int count) {
    byte[] target = carry;
    if (carried + count > target.length) {
      target = Arrays.copyOf(target, Math.max(target.length * 2, carried + count));
    }
    System.arraycopy(src, from, target, carried, count);
    return target;
  }
}
