package org.newsgraph.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * Writes a {@link DictionaryIndexFile} from a dictionary in one pass over it. The lines go into
 * compressed blocks as they come; each line's (bucket, fingerprint, block) goes into one of a few
 * temporary partition files by bucket, 8 bytes a line. Then each partition is sorted in memory (a
 * few MB) and its buckets written. Memory stays at a few MB plus the partitions' file buffers; the
 * temporary files take 8 bytes per dictionary line (170 MB for CoreNLP's dictionary) and are
 * deleted as they are read. The blocks are packed by {@link DictionaryIndexBlocks}, the partitions
 * kept by {@link DictionaryIndexPartitions}, and every part compressed by {@link
 * DictionaryIndexCompressor}.
 */
final class DictionaryIndexWriter {

  /** Lines are packed into blocks of at most this many bytes (a longer line is a block alone). */
  static final int DEFAULT_BLOCK_BYTES = 1 << 16;

  private static final int PARTITIONS = 64;
  private static final int LEVEL = 6;
  private static final int READ_BUFFER = 1 << 20;
  private static final int GZIP_BUFFER = 1 << 16;
  private static final int LINES_BETWEEN_INTERRUPT_CHECKS = 1 << 18;

  private final WikiDictionary dictionary;
  private final int bucketCount;
  private final int blockBytes;

  DictionaryIndexWriter(WikiDictionary dictionary, int bucketCount, int blockBytes) {
    if (bucketCount < 1
        || bucketCount > DictionaryIndexFile.MAX_BUCKETS
        || Integer.bitCount(bucketCount) != 1) {
      throw new IllegalArgumentException(
          "the bucket count must be a power of two up to " + DictionaryIndexFile.MAX_BUCKETS);
    }
    if (blockBytes < 1) {
      throw new IllegalArgumentException("blocks need at least one byte");
    }
    this.dictionary = dictionary;
    this.bucketCount = bucketCount;
    this.blockBytes = blockBytes;
  }

  /**
   * Writes the index of the dictionary to {@code target}, a new file, using {@code temp} for the
   * partition files; returns how many lines it holds. Checks for interruption now and then.
   *
   * @throws InterruptedIOException when the thread was interrupted
   */
  long write(Path target, Path temp, String stamp) throws IOException {
    Deflater deflater = new Deflater(LEVEL);
    try (FileChannel out =
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      DictionaryIndexCompressor.writeFully(out, DictionaryIndexFile.header());
      DictionaryIndexPartitions partitions =
          new DictionaryIndexPartitions(temp, Math.min(PARTITIONS, bucketCount), bucketCount);
      DictionaryIndexBlocks blocks = new DictionaryIndexBlocks(out, deflater);
      long lines;
      try {
        lines = writeBlocks(blocks, partitions);
      } finally {
        partitions.close();
      }
      DictionaryIndexFile.Section blockSection = blocks.section();
      DictionaryIndexFile.Section bucketSection = writeBuckets(out, deflater, partitions);
      DictionaryIndexFile index =
          new DictionaryIndexFile(stamp, lines, bucketSection, blockSection);
      DictionaryIndexCompressor.writeFully(out, index.directoryAndTrailer(out.position()));
      out.force(true);
      return lines;
    } finally {
      deflater.end();
    }
  }

  /** Streams the dictionary into blocks, noting each line's bucket entry; returns the lines. */
  private long writeBlocks(DictionaryIndexBlocks blocks, DictionaryIndexPartitions partitions)
      throws IOException {
    long[] lines = {0};
    try (InputStream raw = dictionary.open();
        InputStream in =
            new GZIPInputStream(new BufferedInputStream(raw, READ_BUFFER), GZIP_BUFFER)) {
      new LineReader(in)
          .forEachLine(
              (line, from, to) -> {
                int tab = DictionaryScanner.surfaceEnd(line, from, to);
                if (tab < 0) {
                  return;
                }
                try {
                  int block = blocks.add(line, from, to, blockBytes);
                  partitions.add(DictionaryIndexFile.hash(line, from, tab), block);
                  if (++lines[0] % LINES_BETWEEN_INTERRUPT_CHECKS == 0) {
                    stopIfInterrupted();
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    blocks.flush();
    return lines[0];
  }

  /** Sorts each partition and writes its buckets; returns where the buckets are. */
  private DictionaryIndexFile.Section writeBuckets(
      FileChannel out, Deflater deflater, DictionaryIndexPartitions partitions) throws IOException {
    long[] offsets = new long[bucketCount + 1];
    int[] lengths = new int[bucketCount];
    int[] crcs = new int[bucketCount];
    DictionaryIndexCompressor compressor = new DictionaryIndexCompressor(out, deflater);
    int bucketsPerPartition = bucketCount / partitions.count();
    for (int p = 0; p < partitions.count(); p++) {
      stopIfInterrupted();
      long[] entries = partitions.readSorted(p);
      int next = 0;
      for (int b = p * bucketsPerPartition; b < (p + 1) * bucketsPerPartition; b++) {
        int end = next;
        while (end < entries.length && (int) (entries[end] >>> 48) == b) {
          end++;
        }
        byte[] encoded = encode(entries, next, end);
        offsets[b] = out.position();
        lengths[b] = encoded.length;
        crcs[b] = compressor.write(encoded, 0, encoded.length);
        next = end;
      }
    }
    offsets[bucketCount] = out.position();
    return new DictionaryIndexFile.Section(offsets, lengths, crcs);
  }

  /** One bucket's sorted entries {@code [from, to)} as varint pairs, repeats left out. */
  private static byte[] encode(long[] entries, int from, int to) {
    byte[] out = new byte[(to - from) * 10];
    int at = 0;
    int previous = 0;
    long last = -1;
    for (int i = from; i < to; i++) {
      if (entries[i] == last) {
        continue;
      }
      last = entries[i];
      int fingerprint = (int) (entries[i] >>> 32) & 0xffff;
      at = Varints.write(out, at, fingerprint - previous);
      at = Varints.write(out, at, (int) entries[i]);
      previous = fingerprint;
    }
    return Arrays.copyOf(out, at);
  }

  private static void stopIfInterrupted() throws InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("the dictionary index build was interrupted");
    }
  }
}
