package org.newsgraph.link.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlDumpReaderTest {

  private static final Path FILE = Path.of("enwiki-test-page.sql.gz");

  private static List<String[]> rows(String text, String table, List<String> columns)
      throws IOException {
    List<String[]> rows = new ArrayList<>();
    new SqlDumpReader(
            FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), table, columns)
        .read(rows::add);
    return rows;
  }

  @Test
  void readsTheWantedColumnsOfEveryRowByName() throws IOException {
    List<String[]> rows =
        rows(DumpText.PAGE, "page", List.of("page_title", "page_id", "page_is_redirect"));
    assertEquals(11, rows.size());
    assertArrayEquals(new String[] {"Freedonia", "10", "0"}, rows.get(0));
    assertArrayEquals(new String[] {"Old_Freedonia", "11", "1"}, rows.get(1));
    assertArrayEquals(new String[] {"Duck's_Ministry", "17", "1"}, rows.get(7));
  }

  @Test
  void nullIsNullAndEscapesAreDecoded() throws IOException {
    String dump =
        DumpText.REDIRECT.replace(
            "(11,0,'Freedonia','','')", "(11,0,'Tab\\there \\\"q\\\" back\\\\slash é',NULL,'')");
    List<String[]> rows = rows(dump, "redirect", List.of("rd_title", "rd_interwiki"));
    assertArrayEquals(new String[] {"Tab\there \"q\" back\\slash é", null}, rows.get(0));
  }

  @Test
  void aDumpCutInsideAnInsertIsTruncated() {
    String cut = DumpText.PAGE.substring(0, DumpText.PAGE.indexOf("(14,0,'Brightwater_(r") + 9);
    BadDumpException e =
        assertThrows(BadDumpException.class, () -> rows(cut, "page", List.of("page_id")));
    assertTrue(e.getMessage().startsWith(FILE + ": ends in the middle of"), e.getMessage());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(e.getMessage().contains("dumps.wikimedia.org/enwiki/latest"), e.getMessage());
  }

  @Test
  void anotherTablesDumpIsRefused() {
    BadDumpException e =
        assertThrows(
            BadDumpException.class, () -> rows(DumpText.REDIRECT, "page", List.of("page_id")));
    assertTrue(e.getMessage().contains("holds the table `redirect`, not `page`"), e.getMessage());
  }

  @Test
  void textWithoutCreateTableIsRefused() {
    BadDumpException e =
        assertThrows(
            BadDumpException.class,
            () -> rows("<html>404 Not Found</html>\n", "page", List.of("page_id")));
    assertTrue(e.getMessage().contains("no CREATE TABLE `page`"), e.getMessage());
  }

  @Test
  void aMissingColumnOrARowOfTheWrongWidthIsRefused() {
    BadDumpException column =
        assertThrows(
            BadDumpException.class, () -> rows(DumpText.PAGE, "page", List.of("page_colour")));
    assertTrue(column.getMessage().contains("no column `page_colour`"), column.getMessage());
    String narrow = DumpText.REDIRECT.replace("(17,0,'Ministry_of_Ducks_(Freedonia)','',", "(17,");
    BadDumpException width =
        assertThrows(BadDumpException.class, () -> rows(narrow, "redirect", List.of("rd_from")));
    assertTrue(width.getMessage().contains("has a row of 2 values"), width.getMessage());
  }
}
