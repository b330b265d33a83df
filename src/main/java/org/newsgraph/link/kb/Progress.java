package org.newsgraph.link.kb;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports how far the reading of the dumps has got, with an estimate of the time left, on one line
 * every few seconds. The estimate assumes the bytes still to read go as fast as those read so far;
 * it covers reading the dumps, the larger part of the work, and says so.
 */
final class Progress {

  /** Gets the number of file bytes read. */
  interface FileCounter {
    void add(long bytes);
  }

  private static final long EVERY_NANOS = 3_000_000_000L;
  private static final long CHECK_EVERY_BYTES = 1 << 20;
  private static final long CHECK_EVERY_LINES = 1 << 14;

  private final PrintStream err;
  private final LongSupplier nanos;
  private final long totalBytes;
  private final long start;
  private long doneBytes;
  private long lastReport;
  private long sinceCheck;

  /**
   * @param err where the lines go
   * @param nanos the clock
   * @param totalBytes the size of all dump files together
   */
  Progress(PrintStream err, LongSupplier nanos, long totalBytes) {
    this.err = err;
    this.nanos = nanos;
    this.totalBytes = Math.max(1, totalBytes);
    this.start = nanos.getAsLong();
    this.lastReport = start;
  }

  /** Prints a line as it is. */
  void message(String text) {
    err.println("kb index: " + text);
  }

  /** A counter for the bytes of one file, which reports now and then. */
  FileCounter reading(Path file, long size) {
    String name = String.valueOf(file.getFileName());
    message("reading " + name + " (" + megabytes(size) + ")");
    long fileStart = doneBytes;
    return bytes -> {
      doneBytes += bytes;
      sinceCheck += bytes;
      if (sinceCheck >= CHECK_EVERY_BYTES) {
        sinceCheck = 0;
        long now = nanos.getAsLong();
        if (now - lastReport >= EVERY_NANOS) {
          lastReport = now;
          report(name, doneBytes - fileStart, size, now);
        }
      }
    };
  }

  /**
   * Counts the lines of a later step (a join over sorted lines, {@code total} of them) and reports
   * now and then how far it has got, with the time left for the step.
   */
  FileCounter step(String what, long total) {
    long stepStart = nanos.getAsLong();
    long[] done = {0, 0};
    return lines -> {
      done[0] += lines;
      done[1] += lines;
      if (done[1] >= CHECK_EVERY_LINES) {
        done[1] = 0;
        long now = nanos.getAsLong();
        if (now - lastReport >= EVERY_NANOS) {
          lastReport = now;
          long elapsed = now - stepStart;
          double fraction = Math.min(1.0, (double) done[0] / Math.max(1, total));
          long left = fraction <= 0 ? 0 : (long) (elapsed / fraction - elapsed);
          message(
              String.format(
                  Locale.ROOT,
                  "%s: %d %% of %d lines, about %s left for this step",
                  what,
                  percent(done[0], total),
                  total,
                  duration(left)));
        }
      }
    };
  }

  /** Reports that a file has been read, with the estimate for the rest. */
  void finished(Path file, long size) {
    report(String.valueOf(file.getFileName()), size, size, nanos.getAsLong());
  }

  /** The time since the start, for the summary. */
  long elapsedNanos() {
    return nanos.getAsLong() - start;
  }

  private void report(String name, long fileDone, long fileSize, long now) {
    double fraction = Math.min(1.0, (double) doneBytes / totalBytes);
    long elapsed = now - start;
    long left = fraction <= 0 ? 0 : (long) (elapsed / fraction - elapsed);
    message(
        String.format(
            Locale.ROOT,
            "%s %d %%, all dumps %d %% read (%s of %s), %s elapsed, about %s left to read them (sorting and joining take about three times as long again)",
            name,
            percent(fileDone, fileSize),
            percent(doneBytes, totalBytes),
            megabytes(doneBytes),
            megabytes(totalBytes),
            duration(elapsed),
            duration(left)));
  }

  private static int percent(long part, long whole) {
    return whole <= 0 ? 100 : (int) Math.min(100, part * 100 / whole);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  static String duration(long nanos) {
    long seconds = nanos / 1_000_000_000L;
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }
}
