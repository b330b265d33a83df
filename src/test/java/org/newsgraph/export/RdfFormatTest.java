package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RdfFormatTest {

  @Test
  void namesAndAliasesAreRecognised() {
    assertEquals(RdfFormat.TURTLE, RdfFormat.fromName("Turtle"));
    assertEquals(RdfFormat.TURTLE, RdfFormat.fromName("ttl"));
    assertEquals(RdfFormat.NQUADS, RdfFormat.fromName("nq"));
    assertEquals(RdfFormat.JSONLD, RdfFormat.fromName("json-ld"));
    assertEquals(RdfFormat.RDFXML, RdfFormat.fromName("rdf/xml"));
  }

  @Test
  void onlyTrigAndNQuadsKeepNamedGraphs() {
    assertTrue(RdfFormat.TRIG.keepsGraphs());
    assertTrue(RdfFormat.NQUADS.keepsGraphs());
    assertFalse(RdfFormat.TURTLE.keepsGraphs());
    assertFalse(RdfFormat.JSONLD.keepsGraphs());
  }

  @Test
  void unknownNamesListTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RdfFormat.fromName("graphml"));
    assertTrue(
        e.getMessage().contains("turtle, trig, nquads, ntriples, jsonld, rdfxml"), e.getMessage());
  }
}
