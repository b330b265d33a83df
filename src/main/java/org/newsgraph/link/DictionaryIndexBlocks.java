package org.newsgraph.link;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.zip.Deflater;

/** Packs lines into blocks and writes each full block compressed. */
final class DictionaryIndexBlocks {
  private final FileChannel out;
  private final DictionaryIndexCompressor compressor;
  private byte[] pending = new byte[DictionaryIndexWriter.DEFAULT_BLOCK_BYTES];
  private int used;
  private long[] offsets = new long[1024];
  private int[] lengths = new int[1024];
  private int[] crcs = new int[1024];
  private int written;

  DictionaryIndexBlocks(FileChannel out, Deflater deflater) {
    this.out = out;
    this.compressor = new DictionaryIndexCompressor(out, deflater);
  }

  /** Adds the line (a {@code \n} is appended) and returns the number of its block. */
  int add(byte[] line, int from, int to, int blockBytes) throws IOException {
    int length = to - from + 1;
    if (used > 0 && used + length > blockBytes) {
      flush();
    }
    if (used + length > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, used + length));
    }
    System.arraycopy(line, from, pending, used, length - 1);
    pending[used + length - 1] = '\n';
    used += length;
    return written;
  }

  /** Writes the pending lines, if any, as a block. */
  void flush() throws IOException {
    if (used == 0) {
      return;
    }
    if (written + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
      lengths = Arrays.copyOf(lengths, lengths.length * 2);
      crcs = Arrays.copyOf(crcs, crcs.length * 2);
    }
    offsets[written] = out.position();
    lengths[written] = used;
    crcs[written] = compressor.write(pending, 0, used);
    written++;
    used = 0;
  }

  DictionaryIndexFile.Section section() throws IOException {
    long[] ends = Arrays.copyOf(offsets, written + 1);
    ends[written] = out.position();
    return new DictionaryIndexFile.Section(
        ends, Arrays.copyOf(lengths, written), Arrays.copyOf(crcs, written));
  }
}
