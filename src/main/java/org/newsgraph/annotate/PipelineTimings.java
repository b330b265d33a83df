package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each annotator of a CoreNLP pipeline has spent, summed over every document it annotated
 * (and over threads, when several threads share the pipeline). Read from CoreNLP's own accounting,
 * {@code StanfordCoreNLP.timingInformation()}, which has a resolution of 0.1 s and is not updated
 * atomically (two threads finishing an annotator at the same instant can lose a few milliseconds).
 *
 * @param annotators one entry per annotator, in pipeline order
 */
public record PipelineTimings(List<AnnotatorTime> annotators) {

  /** No annotator has run. */
  public static final PipelineTimings NONE = new PipelineTimings(List.of());

  /** The names in the {@code annotators} property of CoreNLP's annotator classes. */
  private static final Map<String, String> ANNOTATOR_NAMES =
      Map.ofEntries(
          Map.entry("TokenizerAnnotator", "tokenize"),
          Map.entry("WordsToSentencesAnnotator", "ssplit"),
          Map.entry("POSTaggerAnnotator", "pos"),
          Map.entry("MorphaAnnotator", "lemma"),
          Map.entry("NERCombinerAnnotator", "ner"),
          Map.entry("TokensRegexNERAnnotator", "regexner"),
          Map.entry("EntityMentionsAnnotator", "entitymentions"),
          Map.entry("DependencyParseAnnotator", "depparse"),
          Map.entry("ParserAnnotator", "parse"),
          Map.entry("CorefAnnotator", "coref"),
          Map.entry("KBPAnnotator", "kbp"),
          Map.entry("NaturalLogicAnnotator", "natlog"),
          Map.entry("OpenIE", "openie"),
          Map.entry("WikidictAnnotator", "entitylink"),
          Map.entry("QuoteAnnotator", "quote"),
          Map.entry("SentimentAnnotator", "sentiment"));

  /** A line of {@code timingInformation()}: {@code ShortClassName: 12.3 sec.} */
  private static final Pattern LINE = Pattern.compile("^(\\w+): ([0-9]+(?:[.,][0-9]+)?) sec\\.$");

  /**
   * The time of one annotator.
   *
   * @param annotator the annotator's name in CoreNLP's list of annotators (e.g. {@code ner}), or
   *     CoreNLP's class name for annotators without a known name
   * @param millis milliseconds spent in it
   */
  public record AnnotatorTime(String annotator, long millis) {}

  /** Copies the list. */
  public PipelineTimings {
    annotators = List.copyOf(annotators);
  }

  /** The timings of a pipeline so far. */
  static PipelineTimings of(StanfordCoreNLP pipeline) {
    return parse(pipeline.timingInformation());
  }

  /**
   * Reads CoreNLP's timing report. The report names annotators by class ({@code
   * NERCombinerAnnotator}); the classes of the usual annotators get their names in the {@code
   * annotators} property ({@code ner}), others keep the class name. CoreNLP 4.5's tokenizer also
   * splits sentences: its time is that of {@code tokenize} and {@code ssplit} together.
   *
   * @param timingInformation the text of {@code timingInformation()}
   */
  static PipelineTimings parse(String timingInformation) {
    List<AnnotatorTime> times = new ArrayList<>();
    for (String line : timingInformation.split("\\R")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches() && !m.group(1).equals("TOTAL")) {
        long millis = Math.round(Double.parseDouble(m.group(2).replace(',', '.')) * 1000);
        times.add(new AnnotatorTime(ANNOTATOR_NAMES.getOrDefault(m.group(1), m.group(1)), millis));
      }
    }
    return new PipelineTimings(times);
  }

  /** The time of all annotators together, in milliseconds. */
  public long totalMillis() {
    return annotators.stream().mapToLong(AnnotatorTime::millis).sum();
  }

  /**
   * These timings and {@code other}'s added up by annotator name (e.g. two pipelines that worked on
   * different documents); annotators keep the order in which they first appear.
   */
  public PipelineTimings plus(PipelineTimings other) {
    Map<String, Long> sums = new LinkedHashMap<>();
    for (AnnotatorTime t : annotators) {
      sums.merge(t.annotator(), t.millis(), Long::sum);
    }
    for (AnnotatorTime t : other.annotators()) {
      sums.merge(t.annotator(), t.millis(), Long::sum);
    }
    List<AnnotatorTime> merged = new ArrayList<>();
    sums.forEach((name, millis) -> merged.add(new AnnotatorTime(name, millis)));
    return new PipelineTimings(merged);
  }
}
