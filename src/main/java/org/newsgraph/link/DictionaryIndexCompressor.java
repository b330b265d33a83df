package org.newsgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses byte ranges, each as its own zlib stream, onto the end of a {@link
 * DictionaryIndexFile} being written.
 */
final class DictionaryIndexCompressor {
  private final FileChannel out;
  private final Deflater deflater;
  private final byte[] buffer = new byte[1 << 16];

  DictionaryIndexCompressor(FileChannel out, Deflater deflater) {
    this.out = out;
    this.deflater = deflater;
  }

  /** Writes {@code bytes[from, from + length)} compressed; returns their CRC-32. */
  int write(byte[] bytes, int from, int length) throws IOException {
    deflater.reset();
    deflater.setInput(bytes, from, length);
    deflater.finish();
    while (!deflater.finished()) {
      int n = deflater.deflate(buffer);
      writeFully(out, ByteBuffer.wrap(buffer, 0, n));
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  /** Writes all of the buffer at the channel's position. */
  static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }
}
