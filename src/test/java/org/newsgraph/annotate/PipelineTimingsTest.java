package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.PipelineTimings.AnnotatorTime;

class PipelineTimingsTest {

  /** The text StanfordCoreNLP.timingInformation() gives, as CoreNLP 4.5.10 formats it. */
  private static final String REPORT =
      "Annotation pipeline timing information:\n"
          + "TokenizerAnnotator: 0.1 sec.\n"
          + "WordsToSentencesAnnotator: 0.0 sec.\n"
          + "POSTaggerAnnotator: 1.2 sec.\n"
          + "NERCombinerAnnotator: 12.5 sec.\n"
          + "SomeCustomAnnotator: 3.0 sec.\n"
          + "TOTAL: 16.8 sec. for 4051 tokens at 241.1 tokens per second.";

  @Test
  void readsEachAnnotatorLineUnderItsPipelineName() {
    PipelineTimings timings = PipelineTimings.parse(REPORT);
    assertEquals(
        List.of(
            new AnnotatorTime("tokenize", 100),
            new AnnotatorTime("ssplit", 0),
            new AnnotatorTime("pos", 1200),
            new AnnotatorTime("ner", 12500),
            new AnnotatorTime("SomeCustomAnnotator", 3000)),
        timings.annotators());
    assertEquals(16800, timings.totalMillis());
  }

  @Test
  void acceptsADecimalComma() {
    PipelineTimings timings = PipelineTimings.parse("KBPAnnotator: 2,5 sec.\nTOTAL: 2,5 sec.");
    assertEquals(List.of(new AnnotatorTime("kbp", 2500)), timings.annotators());
  }

  @Test
  void emptyReportGivesNoTimings() {
    assertEquals(PipelineTimings.NONE, PipelineTimings.parse(""));
  }

  @Test
  void addsUpByAnnotatorKeepingFirstOrder() {
    PipelineTimings a =
        new PipelineTimings(List.of(new AnnotatorTime("pos", 100), new AnnotatorTime("ner", 200)));
    PipelineTimings b =
        new PipelineTimings(List.of(new AnnotatorTime("ner", 50), new AnnotatorTime("kbp", 10)));
    assertEquals(
        List.of(
            new AnnotatorTime("pos", 100),
            new AnnotatorTime("ner", 250),
            new AnnotatorTime("kbp", 10)),
        a.plus(b).annotators());
  }
}
