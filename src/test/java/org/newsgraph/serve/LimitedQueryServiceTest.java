package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class LimitedQueryServiceTest {

  @Test
  void aQueryWithoutLimitGetsTheCap() {
    Query query = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
    Query capped = LimitedQueryService.capped(query, 100);
    assertEquals(100, capped.getLimit());
    assertFalse(query.hasLimit(), "the original query is not changed");
  }

  @Test
  void aLargerLimitIsLowered() {
    Query query = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 500");
    assertEquals(100, LimitedQueryService.capped(query, 100).getLimit());
  }

  @Test
  void aSmallerLimitIsKept() {
    Query query = QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 5");
    assertSame(query, LimitedQueryService.capped(query, 100));
  }

  @Test
  void askQueriesAreNotLimited() {
    Query query = QueryFactory.create("ASK { ?s ?p ?o }");
    assertSame(query, LimitedQueryService.capped(query, 1));
  }

  @Test
  void describeQueriesAreCapped() {
    Query query = QueryFactory.create("DESCRIBE ?s WHERE { ?s ?p ?o }");
    assertEquals(7, LimitedQueryService.capped(query, 7).getLimit());
  }
}
