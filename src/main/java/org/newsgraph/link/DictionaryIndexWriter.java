package org.newsgraph.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * Writes a {@link DictionaryIndexFile} from a dictionary in one pass over it. The lines go into
 * compressed blocks as they come; each line's (bucket, fingerprint, block) goes into one of a few
 * temporary partition files by bucket, 8 bytes a line. Then each partition is sorted in memory (a
 * few MB) and its buckets written. Memory stays at a few MB plus the partitions' file buffers; the
 * temporary files take 8 bytes per dictionary line (170 MB for CoreNLP's dictionary) and are
 * deleted as they are read.
 */
final class DictionaryIndexWriter {

  /** Lines are packed into blocks of at most this many bytes (a longer line is a block alone). */
  static final int DEFAULT_BLOCK_BYTES = 1 << 16;

  private static final int PARTITIONS = 64;
  private static final int LEVEL = 6;
  private static final int READ_BUFFER = 1 << 20;
  private static final int GZIP_BUFFER = 1 << 16;
  private static final int PARTITION_BUFFER = 1 << 14;
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
      writeFully(out, DictionaryIndexFile.header());
      Partitions partitions = new Partitions(temp, Math.min(PARTITIONS, bucketCount), bucketCount);
      BlockWriter blocks = new BlockWriter(out, deflater);
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
      writeFully(out, index.directoryAndTrailer(out.position()));
      out.force(true);
      return lines;
    } finally {
      deflater.end();
    }
  }

  /** Streams the dictionary into blocks, noting each line's bucket entry; returns the lines. */
  private long writeBlocks(BlockWriter blocks, Partitions partitions) throws IOException {
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
      FileChannel out, Deflater deflater, Partitions partitions) throws IOException {
    long[] offsets = new long[bucketCount + 1];
    int[] lengths = new int[bucketCount];
    int[] crcs = new int[bucketCount];
    Compressor compressor = new Compressor(out, deflater);
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
      at = DictionaryIndexFile.writeVarint(out, at, fingerprint - previous);
      at = DictionaryIndexFile.writeVarint(out, at, (int) entries[i]);
      previous = fingerprint;
    }
    return Arrays.copyOf(out, at);
  }

  private static void stopIfInterrupted() throws InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("the dictionary index build was interrupted");
    }
  }

  private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  /** Compresses byte ranges, each as its own zlib stream, onto the end of the file. */
  private static final class Compressor {
    private final FileChannel out;
    private final Deflater deflater;
    private final byte[] buffer = new byte[1 << 16];

    Compressor(FileChannel out, Deflater deflater) {
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
  }

  /** Packs lines into blocks and writes each full block compressed. */
  private static final class BlockWriter {
    private final FileChannel out;
    private final Compressor compressor;
    private byte[] pending = new byte[DEFAULT_BLOCK_BYTES];
    private int used;
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private int[] crcs = new int[1024];
    private int written;

    BlockWriter(FileChannel out, Deflater deflater) {
      this.out = out;
      this.compressor = new Compressor(out, deflater);
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

  /** Temporary files of (hash, block) pairs, one per range of buckets. */
  private static final class Partitions {
    private final Path temp;
    private final int bucketCount;
    private final int bucketsPerPartition;
    private final DataOutputStream[] outs;

    /** Partitions of equal bucket ranges; both counts are powers of two, count ≤ buckets. */
    Partitions(Path temp, int count, int bucketCount) throws IOException {
      this.temp = temp;
      this.bucketCount = bucketCount;
      this.bucketsPerPartition = bucketCount / count;
      this.outs = new DataOutputStream[count];
      try {
        for (int p = 0; p < count; p++) {
          outs[p] =
              new DataOutputStream(
                  new BufferedOutputStream(Files.newOutputStream(file(p)), PARTITION_BUFFER));
        }
      } catch (IOException e) {
        close();
        throw e;
      }
    }

    int count() {
      return outs.length;
    }

    void add(int hash, int block) throws IOException {
      DataOutputStream out =
          outs[DictionaryIndexFile.bucketOf(hash, bucketCount) / bucketsPerPartition];
      out.writeInt(hash);
      out.writeInt(block);
    }

    /**
     * The partition's entries as longs: bucket (16 bits), fingerprint (16 bits), block (32 bits),
     * sorted; deletes its file.
     */
    long[] readSorted(int partition) throws IOException {
      Path file = file(partition);
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
      Files.delete(file);
      long[] entries = new long[bytes.remaining() / 8];
      for (int i = 0; i < entries.length; i++) {
        int hash = bytes.getInt();
        long block = bytes.getInt() & 0xffffffffL;
        long bucket = DictionaryIndexFile.bucketOf(hash, bucketCount);
        long fingerprint = DictionaryIndexFile.fingerprintOf(hash);
        entries[i] = bucket << 48 | fingerprint << 32 | block;
      }
      Arrays.sort(entries);
      return entries;
    }

    void close() throws IOException {
      IOException first = null;
      for (DataOutputStream out : outs) {
        try {
          if (out != null) {
            out.close();
          }
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }

    private Path file(int partition) {
      return temp.resolve("part-" + partition);
    }
  }
}
