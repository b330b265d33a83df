package org.newsgraph.link.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the rows of one table from a MySQL dump as Wikimedia publishes them ({@code
 * enwiki-*-page.sql.gz} and the like): the {@code CREATE TABLE} statement names the columns, and
 * each {@code INSERT INTO `table` VALUES (...),(...);} statement, one long line, holds the rows.
 * Only the wanted columns are decoded; no statement is ever held in memory whole. A file that ends
 * inside a statement, lacks the table's {@code CREATE TABLE}, or has a row of the wrong width is
 * refused with a {@link BadDumpException}.
 */
final class SqlDumpReader {

  /** Gets the wanted columns of each row, in the order they were asked for. */
  @FunctionalInterface
  interface RowConsumer {
    void accept(String[] row) throws IOException;
  }

  private static final Pattern CREATE = Pattern.compile("^CREATE TABLE `([^`]+)` \\(");
  private static final Pattern COLUMN = Pattern.compile("^\\s*`([^`]+)` ");
  private static final byte[] INSERT = "INSERT INTO `".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] VALUES = " VALUES ".getBytes(StandardCharsets.US_ASCII);
  private static final int BUFFER = 1 << 16;

  private final Path file;
  private final String table;
  private final List<String> wanted;
  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] field = new byte[256];
  private int fieldLength;
  private long rows;

  /**
   * @param file the dump's path, for messages
   * @param in its decompressed bytes
   * @param table the table the dump must hold
   * @param wanted the columns to hand over, by name
   */
  SqlDumpReader(Path file, InputStream in, String table, List<String> wanted) {
    this.file = file;
    this.in = in;
    this.table = table;
    this.wanted = List.copyOf(wanted);
  }

  /**
   * Reads the whole dump, handing each row's wanted columns ({@code null} for SQL NULL) to the
   * consumer; returns how many rows there were.
   *
   * @throws BadDumpException when the dump is not a complete dump of the table
   * @throws IOException when the file cannot be read
   */
  long read(RowConsumer consumer) throws IOException {
    int[] slots = null;
    boolean inCreate = false;
    List<String> columns = new ArrayList<>();
    try {
      while (fill()) {
        if (startsWith(INSERT)) {
          if (slots == null) {
            throw bad("has INSERT statements before the CREATE TABLE of `" + table + "`");
          }
          readInsert(slots, columns.size(), consumer);
          continue;
        }
        String line = readLine();
        if (inCreate) {
          Matcher column = COLUMN.matcher(line);
          if (column.find()) {
            columns.add(column.group(1));
          } else {
            inCreate = false;
            slots = slots(columns);
          }
          continue;
        }
        Matcher create = CREATE.matcher(line);
        if (create.find()) {
          if (!create.group(1).equals(table)) {
            throw bad(
                "holds the table `"
                    + create.group(1)
                    + "`, not `"
                    + table
                    + "`; check which file was given for which table");
          }
          inCreate = true;
          columns.clear();
        }
      }
    } catch (IOException e) {
      throw DumpInput.orBadDump(file, e);
    }
    if (slots == null) {
      throw bad("has no CREATE TABLE `" + table + "` statement: it is not a MySQL dump of it");
    }
    return rows;
  }

  /** For each column, where its value goes in the handed-over row, or -1. */
  private int[] slots(List<String> columns) {
    int[] slots = new int[columns.size()];
    Arrays.fill(slots, -1);
    for (int w = 0; w < wanted.size(); w++) {
      int at = columns.indexOf(wanted.get(w));
      if (at < 0) {
        throw bad(
            "its table `"
                + table
                + "` has no column `"
                + wanted.get(w)
                + "` (columns: "
                + columns
                + ")");
      }
      slots[at] = w;
    }
    return slots;
  }

  private void readInsert(int[] slots, int width, RowConsumer consumer) throws IOException {
    skipPast(VALUES);
    while (true) {
      expect('(');
      String[] row = new String[wanted.size()];
      int column = 0;
      while (true) {
        int c = next();
        boolean quoted = c == '\'';
        boolean isNull = readField(c, quoted);
        if (column < width && slots[column] >= 0) {
          row[slots[column]] = isNull ? null : fieldText();
        }
        column++;
        int end = next();
        if (end == ')') {
          break;
        }
        if (end != ',') {
          throw bad("has a malformed row after " + rows + " rows: '" + (char) end + "' in a row");
        }
      }
      if (column != width) {
        throw bad(
            "has a row of "
                + column
                + " values after "
                + rows
                + " rows, but its table has "
                + width
                + " columns");
      }
      rows++;
      consumer.accept(row);
      int c = next();
      if (c == ';') {
        return;
      }
      if (c != ',') {
        throw bad("has a malformed INSERT statement after " + rows + " rows");
      }
    }
  }

  /**
   * Reads one value into the field buffer; the first byte is {@code first}. Returns whether it was
   * NULL. Leaves the cursor on the byte after the value (a comma or closing parenthesis).
   */
  private boolean readField(int first, boolean quoted) throws IOException {
    fieldLength = 0;
    if (quoted) {
      while (true) {
        int c = next();
        if (c == '\'') {
          return false;
        }
        if (c == '\\') {
          c = unescape(next());
        }
        append(c);
      }
    }
    append(first);
    while (true) {
      int c = peek();
      if (c == ',' || c == ')') {
        return fieldLength == 4
            && new String(field, 0, 4, StandardCharsets.US_ASCII).equals("NULL");
      }
      append(next());
    }
  }

  private static int unescape(int c) {
    return switch (c) {
      case '0' -> 0;
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'b' -> '\b';
      case 'Z' -> 26;
      default -> c;
    };
  }

  private void append(int c) {
    if (fieldLength == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[fieldLength++] = (byte) c;
  }

  private String fieldText() {
    return new String(field, 0, fieldLength, StandardCharsets.UTF_8);
  }

  private void expect(int wantedByte) throws IOException {
    int c = next();
    if (c != wantedByte) {
      throw bad(
          "has a malformed INSERT statement after "
              + rows
              + " rows: expected '"
              + (char) wantedByte
              + "', found '"
              + (char) c
              + "'");
    }
  }

  private void skipPast(byte[] marker) throws IOException {
    int matched = 0;
    while (matched < marker.length) {
      int c = next();
      if (c == '\n') {
        throw bad("has an INSERT statement without VALUES");
      }
      matched = c == marker[matched] ? matched + 1 : (c == marker[0] ? 1 : 0);
    }
  }

  /** The next byte; the end of the file inside a statement means the file is truncated. */
  private int next() throws IOException {
    if (position == limit && !fill()) {
      throw bad(
          "ends in the middle of an INSERT statement after "
              + rows
              + " rows: the file is truncated");
    }
    return buffer[position++] & 0xff;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      throw bad("ends in the middle of a row after " + rows + " rows: the file is truncated");
    }
    return buffer[position] & 0xff;
  }

  /** Whether there are more bytes; refills the buffer when it is empty. */
  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  /** Whether the coming bytes are the marker (it must fit in what the buffer can hold). */
  private boolean startsWith(byte[] marker) throws IOException {
    if (limit - position < marker.length) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
      while (limit < marker.length) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          break;
        }
        limit += n;
      }
    }
    return limit - position >= marker.length
        && Arrays.equals(buffer, position, position + marker.length, marker, 0, marker.length);
  }

  /** The rest of a (short, non-INSERT) line, without its end; long lines are cut at 64 KB. */
  private String readLine() throws IOException {
    fieldLength = 0;
    while (position < limit || fill()) {
      int c = buffer[position++] & 0xff;
      if (c == '\n') {
        break;
      }
      if (fieldLength < BUFFER) {
        append(c);
      }
    }
    return fieldText();
  }

  private BadDumpException bad(String problem) {
    return new BadDumpException(file, problem);
  }
}
