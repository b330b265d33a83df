package org.newsgraph.link.kb;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts lines of text that may not fit in memory: lines are gathered up to a limit, sorted and
 * written to a run file in a temporary folder; {@link #sorted()} then merges the runs. Memory holds
 * at most {@code maxLines} lines plus one line per run. Lines must not contain {@code \n}; they are
 * ordered by {@link String#compareTo}. {@link #close()} deletes the run files.
 */
final class LineSorter implements Closeable {

  private static final int WRITE_BUFFER = 1 << 16;

  private final Path folder;
  private final String name;
  private final int maxLines;
  private final List<String> lines = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private final List<BufferedReader> open = new ArrayList<>();
  private long count;

  /**
   * @param folder where run files go
   * @param name the runs' file name prefix
   * @param maxLines the most lines held in memory
   */
  LineSorter(Path folder, String name, int maxLines) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1");
    }
    this.folder = folder;
    this.name = name;
    this.maxLines = maxLines;
  }

  /** Adds a line. */
  void add(String line) throws IOException {
    lines.add(line);
    count++;
    if (lines.size() >= maxLines) {
      spill();
    }
  }

  /** How many lines were added. */
  long count() {
    return count;
  }

  /** All lines added, in order; call once, after the last {@link #add}. */
  Iterator<String> sorted() throws IOException {
    if (runs.isEmpty()) {
      lines.sort(null);
      List<String> all = new ArrayList<>(lines);
      lines.clear();
      return all.iterator();
    }
    spill();
    PriorityQueue<Head> heads = new PriorityQueue<>();
    for (Path run : runs) {
      BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
      open.add(reader);
      String first = reader.readLine();
      if (first != null) {
        heads.add(new Head(first, reader));
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public String next() {
        Head head = heads.poll();
        if (head == null) {
          throw new NoSuchElementException();
        }
        try {
          String following = head.reader.readLine();
          if (following != null) {
            heads.add(new Head(following, head.reader));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read a temporary file in " + folder, e);
        }
        return head.line;
      }
    };
  }

  private void spill() throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    lines.sort(null);
    Path run = folder.resolve(name + "-" + runs.size() + ".txt");
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(run), StandardCharsets.UTF_8),
            WRITE_BUFFER)) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
    runs.add(run);
    lines.clear();
  }

  @Override
  public void close() throws IOException {
    for (BufferedReader reader : open) {
      reader.close();
    }
    for (Path run : runs) {
      Files.deleteIfExists(run);
    }
    lines.clear();
  }

  private record Head(String line, BufferedReader reader) implements Comparable<Head> {
    @Override
    public int compareTo(Head other) {
      return line.compareTo(other.line);
    }
  }
}
