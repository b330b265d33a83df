package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.PipelineTimings.AnnotatorTime;

/**
 * Real CoreNLP: the benchmark's plain KBP baseline, and the per-annotator timings read from
 * CoreNLP's own report (whose text format the parser depends on).
 */
class BaselineKbpRunnerIT {

  private static final String TEXT =
      "Acme Corp chief executive Jane Smith met Prime Minister John Brown in Paris on Monday.\n"
          + "She said the Boston-based company would hire more engineers.";

  @Test
  void annotatesWithTheDefaultKbpPipelineTimesEachAnnotatorAndReleasesTheModels() {
    List<String> finished = new ArrayList<>();
    BaselineKbpRunner.Result result =
        new BaselineKbpRunner(1)
            .run(
                List.of(TestDocs.source("short.txt", TEXT)),
                (done, total, id) -> finished.add(done + "/" + total + " " + id));

    assertEquals(List.of("1/1 short.txt"), finished);
    assertEquals(1, result.documents());
    assertTrue(result.tokens() >= 25 && result.tokens() <= 35, "tokens: " + result.tokens());
    assertTrue(result.loadNanos() > 0 && result.annotateNanos() > 0);
    List<String> names = names(result.timings());
    assertTrue(
        names.containsAll(List.of("tokenize", "pos", "lemma", "ner", "parse", "coref", "kbp")),
        names.toString());
    assertFalse(names.stream().anyMatch(n -> n.endsWith("Annotator")), names.toString());
    assertTrue(result.timings().totalMillis() > 0);
    assertTrue(StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.isEmpty(), "models released afterwards");
  }

  @Test
  void theBuildAnnotatorReportsItsOwnAnnotators() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.load(AnnotatorSettings.defaults());
    assertEquals(0, annotator.timings().totalMillis());
    for (int i = 0; i < 10; i++) {
      annotator.annotate(TestDocs.source("short-" + i + ".txt", TEXT));
    }
    List<String> names = names(annotator.timings());
    assertTrue(
        names.containsAll(List.of("tokenize", "pos", "lemma", "ner", "depparse", "kbp")),
        names.toString());
    assertFalse(names.stream().anyMatch(n -> n.endsWith("Annotator")), names.toString());
    assertTrue(
        annotator.timings().totalMillis() > 0,
        "ten documents take CoreNLP more than the report's 0.1 s resolution: " + names);
  }

  private static List<String> names(PipelineTimings timings) {
    return timings.annotators().stream().map(AnnotatorTime::annotator).toList();
  }
}
