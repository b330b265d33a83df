package org.newsgraph.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence with its tokens and dependency parse.
 *
 * @param index 0-based index within the document
 * @param begin document character offset of the sentence's first character
 * @param end document character offset just past the sentence
 * @param tokens the tokens in order
 * @param dependencies the dependency edges (empty when no parser ran)
 */
public record Sentence(
    int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies)
    implements Serializable {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
