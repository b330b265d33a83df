package org.newsgraph.annotate;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sentence} record turned back into CoreNLP objects for pattern matching: one {@link
 * CoreLabel} per token (word, original text, lemma, tag, NER, offsets, 1-based index) and a {@link
 * SemanticGraph} of its dependency edges. Used by one thread at a time.
 */
final class RebuiltSentence {

  private final List<CoreLabel> tokens;
  private final List<IndexedWord> nodes;
  private final List<Dependency> dependencies;
  private SemanticGraph graph;

  RebuiltSentence(String documentText, Sentence sentence) {
    this.tokens = new ArrayList<>(sentence.tokens().size());
    this.nodes = new ArrayList<>(sentence.tokens().size());
    for (Token token : sentence.tokens()) {
      CoreLabel label = label(documentText, sentence.index(), token);
      tokens.add(label);
      nodes.add(new IndexedWord(label));
    }
    this.dependencies = sentence.dependencies();
  }

  private static CoreLabel label(String documentText, int sentenceIndex, Token token) {
    CoreLabel label = new CoreLabel();
    label.setWord(token.word());
    label.setValue(token.word());
    label.setOriginalText(documentText.substring(token.begin(), token.end()));
    label.setLemma(token.lemma());
    label.setTag(token.pos());
    label.setNER(token.ner().name());
    label.setBeginPosition(token.begin());
    label.setEndPosition(token.end());
    label.setIndex(token.index() + 1);
    label.setSentIndex(sentenceIndex);
    return label;
  }

  private SemanticGraph graph(List<Dependency> dependencies) {
    SemanticGraph result = new SemanticGraph();
    nodes.forEach(result::addVertex);
    List<IndexedWord> roots = new ArrayList<>();
    for (Dependency dependency : dependencies) {
      IndexedWord dependent = nodes.get(dependency.dependent());
      if (dependency.governor() < 0) {
        roots.add(dependent);
      } else {
        GrammaticalRelation relation =
            GrammaticalRelation.valueOf(Language.UniversalEnglish, dependency.relation());
        result.addEdge(nodes.get(dependency.governor()), dependent, relation, 1.0, false);
      }
    }
    result.setRoots(roots);
    return result;
  }

  /** The tokens as CoreLabels, in order. */
  List<CoreLabel> tokens() {
    return tokens;
  }

  /** The dependency graph over {@link #tokens()}, built on first use. */
  SemanticGraph graph() {
    if (graph == null) {
      graph = graph(dependencies);
    }
    return graph;
  }
}
