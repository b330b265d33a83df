package org.newsgraph.link;

/**
 * Non-negative ints as varints (7 bits per byte, low first), for the buckets of a {@link
 * DictionaryIndexFile}.
 */
final class Varints {

  private Varints() {}

  /** Appends a non-negative int as a varint (7 bits per byte, low first). */
  static int write(byte[] out, int at, int value) {
    int v = value;
    int i = at;
    while ((v & ~0x7f) != 0) {
      out[i++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out[i++] = (byte) v;
    return i;
  }

  /**
   * Reads the varint at {@code at[0]} and moves {@code at[0]} past it.
   *
   * @throws DictionaryIndexFile.InvalidIndexException when the bytes end inside it or it is too
   *     long
   */
  static int read(byte[] in, int[] at) throws DictionaryIndexFile.InvalidIndexException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (at[0] >= in.length) {
        throw new DictionaryIndexFile.InvalidIndexException("a bucket ends inside an entry");
      }
      byte b = in[at[0]++];
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new DictionaryIndexFile.InvalidIndexException("a bucket has a malformed entry");
  }
}
