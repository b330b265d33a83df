package org.newsgraph.extract;

import java.util.List;
import java.util.stream.Stream;

/**
 * One stage of the fact rules {@link FactExtractor} runs in order over the observations read from
 * the candidates: each stage takes the observations so far and returns the next ones. A rule that
 * infers observations returns its input followed by its additions ({@link #plus}), a filter returns
 * fewer. Rules see only the observations and the {@link ExtractionContext}; a rule must not keep
 * anything of a call.
 */
interface FactRule {

  /**
   * The observations after this rule.
   *
   * @param observations the observations so far, in reading order (unmodifiable)
   * @param context the documents and what the rules share for one extraction
   * @return the observations for the next rule (unmodifiable)
   */
  List<Observation> apply(List<Observation> observations, ExtractionContext context);

  /** The observations followed by the inferred ones, in order. */
  static List<Observation> plus(List<Observation> observations, List<Observation> inferred) {
    return Stream.concat(observations.stream(), inferred.stream()).toList();
  }
}
