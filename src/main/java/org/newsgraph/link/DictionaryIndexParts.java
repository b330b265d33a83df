package org.newsgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reading the parts of a {@link DictionaryIndexFile}: exact byte ranges and zlib parts checked by
 * length and CRC-32.
 */
final class DictionaryIndexParts {

  private DictionaryIndexParts() {}

  /**
   * One part of a section, inflated and checked against its length and CRC-32.
   *
   * @param kind what the parts are, for the message ({@code bucket}, {@code block})
   */
  static byte[] inflate(FileChannel in, DictionaryIndexFile.Section section, int part, String kind)
      throws IOException {
    long offset = section.offsets()[part];
    ByteBuffer compressed =
        readFully(in, Math.toIntExact(section.offsets()[part + 1] - offset), offset);
    int length = section.lengths()[part];
    byte[] out = new byte[length + 1];
    int n = 0;
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed.array(), compressed.arrayOffset(), compressed.limit());
      while (!inflater.finished() && n < out.length) {
        int inflated = inflater.inflate(out, n, out.length - n);
        if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += inflated;
      }
      if (n != length || !inflater.finished() || inflater.getRemaining() != 0) {
        throw damaged(kind, part);
      }
    } catch (DataFormatException e) {
      throw damaged(kind, part);
    } finally {
      inflater.end();
    }
    CRC32 crc = new CRC32();
    crc.update(out, 0, length);
    if ((int) crc.getValue() != section.crcs()[part]) {
      throw damaged(kind, part);
    }
    return Arrays.copyOf(out, length);
  }

  private static DictionaryIndexFile.InvalidIndexException damaged(String kind, int part) {
    return new DictionaryIndexFile.InvalidIndexException(
        "its " + kind + " " + part + " is damaged");
  }

  /** The {@code length} bytes at {@code position}, ready to read. */
  static ByteBuffer readFully(FileChannel in, int length, long position) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    long at = position;
    while (buffer.hasRemaining()) {
      int n = in.read(buffer, at);
      if (n < 0) {
        throw new DictionaryIndexFile.InvalidIndexException("it is truncated");
      }
      at += n;
    }
    return buffer.flip();
  }
}
