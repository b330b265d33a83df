package org.newsgraph.link.kb;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a knowledge base scores the articles a surface form may name. Dumps of page titles and
 * redirects have no link counts, so the score is not measured usage (as in CoreNLP's dictionary)
 * but a weight by the kind of evidence, normalised over the surface's articles:
 *
 * <ul>
 *   <li>{@value #TITLE}: the surface is the article's title, or a redirect to it. MediaWiki titles
 *       are unique, so at most one article has this evidence for a surface; it is Wikipedia's own
 *       choice of what the name means.
 *   <li>{@value #LABEL}: the English label of the article's Wikidata item, or the title without its
 *       parenthesised qualifier ("Georgia" from "Georgia_(country)").
 *   <li>{@value #ALIAS}: an English alias of the item.
 * </ul>
 *
 * An article found by several kinds keeps the largest weight. P(article | surface) is its weight
 * over the sum of the weights of all the surface's articles. So a name that is a title or redirect
 * and nothing else gets 1.0; a title that is also another item's alias gets 4 / 4.5 = 0.89; two
 * items with the same label get 0.5 each, which the linker refuses as ambiguous.
 */
final class SurfaceWeights {

  static final double TITLE = 4.0;
  static final double LABEL = 1.0;
  static final double ALIAS = 0.5;

  /** Kinds of evidence, as written in the sort files. */
  static final String KIND_TITLE = "T";

  static final String KIND_REDIRECT = "R";
  static final String KIND_QUALIFIED = "Q";
  static final String KIND_LABEL = "L";
  static final String KIND_ALIAS = "A";

  private SurfaceWeights() {}

  static double weight(String kind) {
    return switch (kind) {
      case KIND_TITLE, KIND_REDIRECT -> TITLE;
      case KIND_QUALIFIED, KIND_LABEL -> LABEL;
      case KIND_ALIAS -> ALIAS;
      default -> throw new IllegalArgumentException("unknown evidence kind " + kind);
    };
  }

  /**
   * The probability of each article of one surface, from its lines ({@code surface, title, kind}).
   */
  static Map<String, Double> probabilities(List<String[]> lines) {
    Map<String, Double> weights = new TreeMap<>();
    for (String[] line : lines) {
      weights.merge(line[1], weight(line[2]), Math::max);
    }
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    weights.replaceAll((title, weight) -> weight / sum);
    return weights;
  }
}
