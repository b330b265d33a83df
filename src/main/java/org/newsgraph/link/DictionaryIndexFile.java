package org.newsgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The layout of a {@link WikiDictionaryIndex} file, and reading it. All numbers big-endian.
 *
 * <pre>
 * header     MAGIC (8 bytes), FORMAT (int)
 * blocks     the dictionary's lines in their order, cut at line ends into blocks of about
 *            64 KB, each compressed on its own (zlib)
 * buckets    per bucket, its entries compressed on their own (zlib): sorted by fingerprint and
 *            block, each as varint(fingerprint - previous fingerprint), varint(block)
 * directory  dictionary stamp (16 ASCII), bucket count (int), block count (int), lines (long),
 *            per bucket: offset (long), length (int) and CRC-32 (int) of its entries
 *            uncompressed, then the offset where the buckets end (long); the same for the blocks
 * trailer    directory offset (long), directory length (int), directory CRC-32 (int), MAGIC
 * </pre>
 *
 * <p>A line's surface form (its bytes before the first tab) hashes to a 32-bit value ({@link
 * #hash}); the low bits choose the bucket, the high 16 bits are the fingerprint. A bucket lists,
 * for every line of its surface forms, the fingerprint and the block holding the line. So the
 * blocks a surface form may be in are those its bucket lists with its fingerprint; another surface
 * form with the same fingerprint only costs reading one more block, as the lines read are compared
 * in full.
 */
final class DictionaryIndexFile {

  static final byte[] MAGIC = "NGWDIDX\n".getBytes(StandardCharsets.US_ASCII);
  static final int FORMAT = 1;
  static final int HEADER = MAGIC.length + 4;
  static final int TRAILER = 8 + 4 + 4 + MAGIC.length;
  static final int STAMP_LENGTH = 16;
  static final int MAX_BUCKETS = 1 << 15;
  private static final int ENTRY = 8 + 4 + 4;
  private static final int FIXED = STAMP_LENGTH + 4 + 4 + 8;

  private final String stamp;
  private final long lines;
  private final Section buckets;
  private final Section blocks;

  /**
   * @param stamp the dictionary's stamp ({@link LinkCache#dictionaryKey})
   * @param lines how many lines the blocks hold
   * @param buckets where the buckets are
   * @param blocks where the blocks are
   */
  DictionaryIndexFile(String stamp, long lines, Section buckets, Section blocks) {
    if (stamp.length() != STAMP_LENGTH) {
      throw new IllegalArgumentException("a stamp has " + STAMP_LENGTH + " characters");
    }
    this.stamp = stamp;
    this.lines = lines;
    this.buckets = buckets;
    this.blocks = blocks;
  }

  /** Where the compressed parts of one kind lie: part i is {@code [offsets[i], offsets[i+1])}. */
  @SuppressWarnings("ArrayRecordComponent") // read-only tables of the file, never compared
  record Section(long[] offsets, int[] lengths, int[] crcs) {
    int count() {
      return lengths.length;
    }
  }

  /** The index file is not a complete index of the expected dictionary; the message says why. */
  static final class InvalidIndexException extends IOException {
    InvalidIndexException(String message) {
      super(message);
    }
  }

  /** The bytes hashed for a surface form are its UTF-8 bytes; FNV-1a, then MurmurHash3's mixer. */
  static int hash(byte[] bytes, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ (bytes[i] & 0xff)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  static int bucketOf(int hash, int bucketCount) {
    return hash & (bucketCount - 1);
  }

  static int fingerprintOf(int hash) {
    return hash >>> 16;
  }

  long lines() {
    return lines;
  }

  int bucketCount() {
    return buckets.count();
  }

  /** The header bytes that start every index file. */
  static ByteBuffer header() {
    return ByteBuffer.allocate(HEADER).put(MAGIC).putInt(FORMAT).flip();
  }

  /** The directory and trailer, to be written at {@code directoryOffset}. */
  ByteBuffer directoryAndTrailer(long directoryOffset) {
    int length = FIXED + sectionBytes(buckets) + sectionBytes(blocks);
    ByteBuffer out = ByteBuffer.allocate(length + TRAILER);
    out.put(stamp.getBytes(StandardCharsets.US_ASCII));
    out.putInt(buckets.count()).putInt(blocks.count()).putLong(lines);
    putSection(out, buckets);
    putSection(out, blocks);
    CRC32 crc = new CRC32();
    crc.update(out.array(), 0, length);
    out.putLong(directoryOffset).putInt(length).putInt((int) crc.getValue()).put(MAGIC);
    return out.flip();
  }

  private static int sectionBytes(Section section) {
    return section.count() * ENTRY + 8;
  }

  /** The directory's length for these counts, or -1 when they cannot be right. */
  private static long directoryLength(int bucketCount, int blockCount) {
    if (bucketCount < 1 || bucketCount > MAX_BUCKETS || blockCount < 0) {
      return -1;
    }
    return FIXED + (long) (bucketCount + blockCount) * ENTRY + 16;
  }

  private static void putSection(ByteBuffer out, Section section) {
    for (int i = 0; i < section.count(); i++) {
      out.putLong(section.offsets()[i]).putInt(section.lengths()[i]).putInt(section.crcs()[i]);
    }
    out.putLong(section.offsets()[section.count()]);
  }

  /**
   * Reads and checks the directory of an index file.
   *
   * @throws InvalidIndexException saying what is wrong when the file is not a complete index made
   *     from the dictionary with this stamp
   */
  static DictionaryIndexFile read(FileChannel in, String expectedStamp) throws IOException {
    long size = in.size();
    if (size < HEADER + TRAILER) {
      throw new InvalidIndexException("it is too short to be an index (truncated)");
    }
    ByteBuffer header = DictionaryIndexParts.readFully(in, HEADER, 0);
    if (!startsWithMagic(header) || header.getInt() != FORMAT) {
      throw new InvalidIndexException("it is not a newsgraph dictionary index of format " + FORMAT);
    }
    ByteBuffer trailer = DictionaryIndexParts.readFully(in, TRAILER, size - TRAILER);
    long directoryOffset = trailer.getLong();
    int directoryLength = trailer.getInt();
    int directoryCrc = trailer.getInt();
    if (!startsWithMagic(trailer)
        || directoryOffset < HEADER
        || directoryLength < FIXED
        || directoryOffset + directoryLength + TRAILER != size) {
      throw new InvalidIndexException("it is truncated or damaged (no valid end)");
    }
    ByteBuffer counts =
        DictionaryIndexParts.readFully(in, FIXED, directoryOffset).position(STAMP_LENGTH);
    if (directoryLength != directoryLength(counts.getInt(), counts.getInt())) {
      throw new InvalidIndexException("its directory is damaged");
    }
    ByteBuffer directory = DictionaryIndexParts.readFully(in, directoryLength, directoryOffset);
    CRC32 crc = new CRC32();
    crc.update(directory.array(), directory.arrayOffset(), directoryLength);
    if ((int) crc.getValue() != directoryCrc) {
      throw new InvalidIndexException("its directory is damaged");
    }
    return parseDirectory(directory, expectedStamp, directoryOffset);
  }

  private static DictionaryIndexFile parseDirectory(
      ByteBuffer directory, String expectedStamp, long directoryOffset)
      throws InvalidIndexException {
    byte[] stampBytes = new byte[STAMP_LENGTH];
    directory.get(stampBytes);
    String stamp = new String(stampBytes, StandardCharsets.US_ASCII);
    if (!stamp.equals(expectedStamp)) {
      throw new InvalidIndexException("it was made from another dictionary");
    }
    int bucketCount = directory.getInt();
    int blockCount = directory.getInt();
    long lines = directory.getLong();
    if (Integer.bitCount(bucketCount) != 1
        || directory.limit() != directoryLength(bucketCount, blockCount)) {
      throw new InvalidIndexException("its directory is inconsistent");
    }
    Section buckets = getSection(directory, bucketCount);
    Section blocks = getSection(directory, blockCount);
    if (blocks.offsets()[0] != HEADER
        || blocks.offsets()[blockCount] != buckets.offsets()[0]
        || buckets.offsets()[bucketCount] != directoryOffset) {
      throw new InvalidIndexException("its directory is inconsistent");
    }
    return new DictionaryIndexFile(stamp, lines, buckets, blocks);
  }

  private static Section getSection(ByteBuffer in, int count) throws InvalidIndexException {
    long[] offsets = new long[count + 1];
    int[] lengths = new int[count];
    int[] crcs = new int[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = in.getLong();
      lengths[i] = in.getInt();
      crcs[i] = in.getInt();
    }
    offsets[count] = in.getLong();
    for (int i = 0; i < count; i++) {
      if (offsets[i + 1] < offsets[i] || lengths[i] < 0) {
        throw new InvalidIndexException("its directory is inconsistent");
      }
    }
    return new Section(offsets, lengths, crcs);
  }

  private static boolean startsWithMagic(ByteBuffer buffer) {
    byte[] magic = new byte[MAGIC.length];
    buffer.get(magic);
    return Arrays.equals(magic, MAGIC);
  }

  /** The blocks whose lines may have this surface form's hash, in increasing order. */
  int[] blocksOf(FileChannel in, int hash) throws IOException {
    int bucket = bucketOf(hash, bucketCount());
    int fingerprint = fingerprintOf(hash);
    byte[] entries = DictionaryIndexParts.inflate(in, buckets, bucket, "bucket");
    int[] found = new int[4];
    int count = 0;
    int[] at = {0};
    int current = 0;
    while (at[0] < entries.length) {
      current += Varints.read(entries, at);
      int block = Varints.read(entries, at);
      if (current == fingerprint) {
        if (block < 0 || block >= blocks.count()) {
          throw new InvalidIndexException("its bucket " + bucket + " is damaged");
        }
        found = count == found.length ? Arrays.copyOf(found, count * 2) : found;
        found[count++] = block;
      } else if (current > fingerprint) {
        break;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** The lines of one block, each ending with {@code \n}. */
  byte[] block(FileChannel in, int block) throws IOException {
    return DictionaryIndexParts.inflate(in, blocks, block, "block");
  }
}
