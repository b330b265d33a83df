package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.link.LinkSettings;

class BuildSettingsTest {

  private static final SourceDocument A = doc("a.txt", "a/a.txt", "Port opens\nThe port opened.");
  private static final SourceDocument B = doc("b.txt", "a/b.txt", "Strike ends\nTrains run.");

  @Test
  void threadsAndFreshDoNotDefineTheGraph() {
    Map<String, String> two =
        BuildSettings.of(options(2, false, LinkSettings.defaults()), "c1", List.of(A, B));
    Map<String, String> one =
        BuildSettings.of(options(1, true, LinkSettings.defaults()), "c1", List.of(B, A));
    assertNotEquals(two, one);
    assertEquals(BuildSettings.graphDefining(two), BuildSettings.graphDefining(one));
  }

  @Test
  void codeLinkingAndEveryDocumentDefineTheGraph() {
    Map<String, String> base = graph("c1", LinkSettings.defaults(), List.of(A, B));
    assertNotEquals(base, graph("c2", LinkSettings.defaults(), List.of(A, B)));
    assertNotEquals(base, graph("c1", LinkSettings.disabled(), List.of(A, B)));
    assertNotEquals(base, graph("c1", LinkSettings.defaults(), List.of(A)));
    assertNotEquals(
        base,
        graph(
            "c1",
            LinkSettings.defaults(),
            List.of(A, doc("b.txt", "a/b.txt", "Strike ends\nTrains run again."))));
    assertNotEquals(
        base,
        graph(
            "c1",
            LinkSettings.defaults(),
            List.of(A, doc("b.txt", "elsewhere/b.txt", "Strike ends\nTrains run."))));
  }

  @Test
  void theLearnedModelDefinesTheGraphButNotWhereItLiesOrTheDump() {
    BuildOptions off = options(2, false, LinkSettings.defaults());
    Map<String, String> offGraph =
        BuildSettings.graphDefining(BuildSettings.of(off, "c1", List.of(A)));
    LearnedSettings bundled = LearnedSettings.bundled();
    LearnedSettings moved =
        new LearnedSettings(true, Optional.of(Path.of("b/m.ser.gz")), "file:abc", Optional.empty());
    LearnedSettings file =
        new LearnedSettings(true, Optional.of(Path.of("a/m.ser.gz")), "file:abc", Optional.empty());

    assertNotEquals(offGraph, defining(off.withLearned(bundled)));
    assertNotEquals(defining(off.withLearned(bundled)), defining(off.withLearned(file)));
    assertEquals(defining(off.withLearned(file)), defining(off.withLearned(moved)));
    assertEquals(offGraph, defining(off.withLearned(LearnedSettings.OFF.withDump(Path.of("d")))));
    assertEquals(
        "bundled",
        BuildSettings.of(off.withLearned(bundled), "c1", List.of(A)).get("learned.relations"));
  }

  private static Map<String, String> defining(BuildOptions options) {
    return BuildSettings.graphDefining(BuildSettings.of(options, "c1", List.of(A)));
  }

  private static Map<String, String> graph(
      String code, LinkSettings link, List<SourceDocument> corpus) {
    return BuildSettings.graphDefining(BuildSettings.of(options(2, false, link), code, corpus));
  }

  private static BuildOptions options(int threads, boolean fresh, LinkSettings link) {
    return BuildOptions.defaults(List.of(Path.of("in")), Path.of("store"))
        .withThreads(threads)
        .withFresh(fresh)
        .withLink(link);
  }

  private static SourceDocument doc(String id, String source, String text) {
    return DocumentLoader.fromText(id, source, text.getBytes(StandardCharsets.UTF_8))
        .documents()
        .get(0);
  }
}
