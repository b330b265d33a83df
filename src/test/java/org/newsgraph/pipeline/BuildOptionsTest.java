package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.link.LinkSettings;

class BuildOptionsTest {

  private static final BuildOptions DEFAULTS =
      BuildOptions.defaults(List.of(Path.of("articles")), Path.of("store"));

  @Test
  void defaultsAreThoseOfTheBuildCommand() {
    assertEquals(List.of(Path.of("articles")), DEFAULTS.inputs());
    assertEquals(Path.of("store"), DEFAULTS.store());
    assertEquals(Runtime.getRuntime().availableProcessors(), DEFAULTS.threads());
    assertFalse(DEFAULTS.keepGoing());
    assertFalse(DEFAULTS.fresh());
    assertEquals(AnnotatorSettings.defaults(), DEFAULTS.annotator());
    assertEquals(LinkSettings.defaults(), DEFAULTS.link());
    assertEquals(GraphSettings.defaults(), DEFAULTS.graph());
    assertEquals(DocumentLimit.DEFAULT, DEFAULTS.documentLimit());
    assertEquals(Optional.empty(), DEFAULTS.knowledgeBase());
    assertEquals(LearnedSettings.OFF, DEFAULTS.learned());
  }

  @Test
  void eachWithChangesOneSettingAndKeepsTheOthers() {
    BuildOptions changed =
        DEFAULTS
            .withThreads(3)
            .withKeepGoing(true)
            .withFresh(true)
            .withLink(LinkSettings.disabled())
            .withGraph(new GraphSettings("http://example.org/news/"));
    assertEquals(3, changed.threads());
    assertTrue(changed.keepGoing());
    assertTrue(changed.fresh());
    assertEquals(LinkSettings.disabled(), changed.link());
    assertEquals("http://example.org/news/", changed.graph().baseIri());
    assertEquals(DEFAULTS.annotator(), changed.annotator());
    assertEquals(DEFAULTS.inputs(), changed.inputs());
    assertEquals(DEFAULTS.learned(), changed.learned());
  }

  @Test
  void fewerThanOneThreadIsRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withThreads(0));
    assertTrue(e.getMessage().contains("got 0"), e.getMessage());
  }
}
