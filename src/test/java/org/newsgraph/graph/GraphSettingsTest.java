package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphSettingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"https://w3id.org/newsgraph/data/", "http://example.org/kg#", "urn:example:kg/"})
  void acceptsAbsoluteIrisEndingInSlashOrHash(String base) {
    assertEquals(base, new GraphSettings(base).baseIri());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "data/",
        "https://example.org/data",
        "https://example.org/a#b/",
        "https://exa mple.org/",
        "not an iri/"
      })
  void rejectsOtherBasesWithAMessage(String base) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new GraphSettings(base));
    assertTrue(e.getMessage().contains("'" + base + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("absolute IRI"), e.getMessage());
  }

  @Test
  void defaultsUseTheDocumentedBase() {
    assertEquals("https://w3id.org/newsgraph/data/", GraphSettings.defaults().baseIri());
  }
}
