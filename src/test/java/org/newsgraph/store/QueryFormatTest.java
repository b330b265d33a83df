package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryFormatTest {

  @Test
  void namesAreCaseInsensitive() {
    assertEquals(QueryFormat.JSON, QueryFormat.fromName("JSON"));
    assertEquals(QueryFormat.TABLE, QueryFormat.fromName("table"));
    assertEquals("tsv", QueryFormat.TSV.optionName());
  }

  @Test
  void unknownNamesListTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QueryFormat.fromName("yaml"));
    assertTrue(e.getMessage().contains("'yaml'"));
    assertTrue(e.getMessage().contains("table, json, csv, tsv, xml"), e.getMessage());
  }

  @Test
  void parseErrorsCarryLineAndColumn() {
    InvalidQueryException e =
        assertThrows(
            InvalidQueryException.class, () -> QueryRunner.parse("SELECT * WHERE {\n ?s ?p }"));
    assertEquals(2, e.line());
    assertEquals(8, e.column());
    assertTrue(e.getMessage().startsWith("Invalid SPARQL query: "), e.getMessage());
  }
}
