package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewerFormatTest {

  @Test
  void findsFormatsByNameInAnyCase() {
    assertEquals(ViewerFormat.GRAPHML, ViewerFormat.fromName("graphml"));
    assertEquals(ViewerFormat.GEXF, ViewerFormat.fromName(" GEXF "));
    assertEquals(ViewerFormat.CYTOSCAPE, ViewerFormat.fromName("Cytoscape"));
    assertEquals(ViewerFormat.DOT, ViewerFormat.fromName("dot"));
  }

  @Test
  void anUnknownNameListsTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ViewerFormat.fromName("svg"));
    assertTrue(e.getMessage().contains("'svg'"));
    assertTrue(e.getMessage().contains("graphml, gexf, cytoscape, dot"));
  }
}
