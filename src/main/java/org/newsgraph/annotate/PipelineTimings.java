package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each annotator of a CoreNLP pipeline has spent, summed over every document it annotated
 * (and over threads, when several threads share the pipeline). Read from CoreNLP's own accounting,
 * {@code StanfordCoreNLP.timingInformation()}, which has a resolution of 0.1 s.
 *
 * @param annotators one entry per annotator, in pipeline order
 */
public record PipelineTimings(List<AnnotatorTime> annotators) {

  /** No annotator has run. */
  public static final PipelineTimings NONE = new PipelineTimings(List.of());

  /** A line of {@code timingInformation()}: {@code ShortClassName: 12.3 sec.} */
  private static final Pattern LINE = Pattern.compile("^(\\w+): ([0-9]+(?:[.,][0-9]+)?) sec\\.$");

  /**
   * The time of one annotator.
   *
   * @param annotator the annotator's name in the {@code annotators} property (e.g. {@code ner}), or
   *     CoreNLP's class name for it when the names cannot be matched
   * @param millis milliseconds spent in it
   */
  public record AnnotatorTime(String annotator, long millis) {}

  /** Copies the list. */
  public PipelineTimings {
    annotators = List.copyOf(annotators);
  }

  /** The timings of a pipeline loaded with {@code annotatorNames} (its annotators property). */
  static PipelineTimings of(StanfordCoreNLP pipeline, String annotatorNames) {
    return parse(pipeline.timingInformation(), annotatorNames);
  }

  /**
   * Reads CoreNLP's timing report. The report names annotators by class ({@code
   * NERCombinerAnnotator}); when it has as many lines as {@code annotatorNames} has names, the
   * names are used instead, in order.
   *
   * @param timingInformation the text of {@code timingInformation()}
   * @param annotatorNames the comma-separated annotators property of the pipeline
   */
  static PipelineTimings parse(String timingInformation, String annotatorNames) {
    List<AnnotatorTime> times = new ArrayList<>();
    for (String line : timingInformation.split("\\R")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches() && !m.group(1).equals("TOTAL")) {
        long millis = Math.round(Double.parseDouble(m.group(2).replace(',', '.')) * 1000);
        times.add(new AnnotatorTime(m.group(1), millis));
      }
    }
    List<String> names =
        Arrays.stream(annotatorNames.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (names.size() != times.size()) {
      return new PipelineTimings(times);
    }
    List<AnnotatorTime> named = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      named.add(new AnnotatorTime(names.get(i), times.get(i).millis()));
    }
    return new PipelineTimings(named);
  }

  /** The time of all annotators together, in milliseconds. */
  public long totalMillis() {
    return annotators.stream().mapToLong(AnnotatorTime::millis).sum();
  }

  /**
   * These timings and {@code other}'s added up by annotator name (e.g. two pipelines that worked
   * on different documents); annotators keep the order in which they first appear.
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
