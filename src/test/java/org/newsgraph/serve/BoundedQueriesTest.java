package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

class BoundedQueriesTest {

  @Test
  void findsServiceClausesAtAnyDepth() {
    assertTrue(
        BoundedQueries.callsService(
            QueryFactory.create(
                "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://x.example/> { ?s ?q ?r } } }")));
    assertFalse(BoundedQueries.callsService(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }")));
    assertFalse(BoundedQueries.callsService(QueryFactory.create("ASK {}")));
  }

  @Test
  void regexBecomesTheCancellableTwinAndTheQueryReadsTheSame() {
    Query query =
        QueryFactory.create("SELECT * WHERE { ?s ?p ?o FILTER(REGEX(?o, \"a\", \"i\")) }");
    Query bounded = BoundedQueries.withCancellableRegex(query);
    ElementFilter filter =
        (ElementFilter) ((ElementGroup) bounded.getQueryPattern()).getElements().get(1);
    assertTrue(filter.getExpr() instanceof CancellableRegex, filter.getExpr().getClass().getName());
    assertEquals(query.toString(), bounded.toString());
  }

  @Test
  void aCancelledTextStopsTheReader() {
    AtomicBoolean cancelled = new AtomicBoolean();
    CancellableText text = new CancellableText("abc", cancelled);
    assertEquals('b', text.charAt(1));
    cancelled.set(true);
    assertThrows(QueryCancelledException.class, () -> text.charAt(1));
    assertEquals(3, text.length());
  }
}
