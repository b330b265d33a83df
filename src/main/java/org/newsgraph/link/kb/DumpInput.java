package org.newsgraph.link.kb;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens one dump file for streaming: gunzipped when its name ends in {@code .gz}, counting the file
 * bytes read so far for the progress report.
 */
final class DumpInput {

  private static final int BUFFER = 1 << 16;

  private DumpInput() {}

  /** The file's bytes, decompressed when gzip'd; {@code counter} gets the file bytes read. */
  static InputStream open(Path file, Progress.FileCounter counter) throws IOException {
    InputStream raw =
        new Counting(new BufferedInputStream(Files.newInputStream(file), BUFFER), counter);
    if (!file.getFileName().toString().endsWith(".gz")) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, BUFFER);
    } catch (ZipException | EOFException e) {
      raw.close();
      throw new BadDumpException(file, "is not a gzip file (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The exception to throw for an I/O failure while reading the file: a truncated or damaged gzip
   * stream becomes a {@link BadDumpException}; other I/O failures stay as they are.
   */
  static IOException orBadDump(Path file, IOException e) {
    if (e instanceof EOFException) {
      throw new BadDumpException(
          file, "is cut short: the file is truncated (" + e.getMessage() + ")", e);
    }
    if (e instanceof ZipException) {
      throw new BadDumpException(
          file, "is damaged: its gzip data cannot be read (" + e.getMessage() + ")", e);
    }
    return e;
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    private final Progress.FileCounter counter;

    Counting(InputStream in, Progress.FileCounter counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counter.add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counter.add(skipped);
      return skipped;
    }
  }
}
