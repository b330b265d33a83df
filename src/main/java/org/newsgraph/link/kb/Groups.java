package org.newsgraph.link.kb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The lines of a sorted run, split at tabs and grouped by their first field: each group holds the
 * consecutive lines with the same key.
 */
final class Groups implements Iterator<List<String[]>> {

  private final Iterator<String> lines;
  private String[] pending;

  Groups(Iterator<String> sortedLines) {
    this.lines = sortedLines;
    this.pending = lines.hasNext() ? split(lines.next()) : null;
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public List<String[]> next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    List<String[]> group = new ArrayList<>();
    String key = pending[0];
    group.add(pending);
    pending = null;
    while (lines.hasNext()) {
      String[] line = split(lines.next());
      if (!line[0].equals(key)) {
        pending = line;
        break;
      }
      group.add(line);
    }
    return group;
  }

  static String[] split(String line) {
    return line.split("\t", -1);
  }
}
