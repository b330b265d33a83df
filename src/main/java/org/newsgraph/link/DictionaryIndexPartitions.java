package org.newsgraph.link;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Temporary files of (hash, block) pairs, one per range of buckets. */
final class DictionaryIndexPartitions {
  private static final int PARTITION_BUFFER = 1 << 14;

  private final Path temp;
  private final int bucketCount;
  private final int bucketsPerPartition;
  private final DataOutputStream[] outs;

  /** Partitions of equal bucket ranges; both counts are powers of two, count ≤ buckets. */
  DictionaryIndexPartitions(Path temp, int count, int bucketCount) throws IOException {
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
