package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.EntityType;

/**
 * The features of a pair of entity mentions in one sentence that {@link LearnedRelations}' models
 * read: only general ones, never the entities' names. The shortest dependency path between the two
 * mentions (its edges with their direction, the lemmas on it, its length), the words between them
 * (lemmas and parts of speech, as a bag of at most {@value #MAX_BETWEEN} words), the words just
 * outside them, the two types and their order, office titles between or next to them, appositions,
 * possessives, copulas and conjunctions on the path, other names between them and the sentence's
 * place in the document.
 */
final class RelationFeatures {

  /** The most words between the mentions whose lemmas and tags are features. */
  static final int MAX_BETWEEN = 12;

  /** The longest dependency path read as a whole (longer ones give "path=long"). */
  static final int MAX_PATH = 6;

  private RelationFeatures() {}

  /**
   * The features of a subject and object mention.
   *
   * @param graph the sentence
   * @param subject the subject's token range [first, last+1)
   * @param object the object's token range
   * @param subjectType the subject entity's type
   * @param objectType the object entity's type
   * @param namesBetween how many other names lie between the two mentions
   * @param sentenceIndex the sentence's 0-based index in its document
   */
  static List<String> of(
      SentenceGraph graph,
      int[] subject,
      int[] object,
      EntityType subjectType,
      EntityType objectType,
      int namesBetween,
      int sentenceIndex) {
    Set<String> features = new LinkedHashSet<>();
    String types = subjectType + ">" + objectType;
    boolean subjectFirst = subject[0] < object[0];
    features.add("types=" + types);
    features.add("order=" + (subjectFirst ? "sub-obj" : "obj-sub"));
    features.add("types-order=" + types + (subjectFirst ? "" : "-inv"));
    features.add("sent=" + Math.min(sentenceIndex, 5));
    features.add("names-between=" + Math.min(namesBetween, 3));
    pathFeatures(graph, subject, object, types, features);
    betweenFeatures(
        graph, subjectFirst ? subject : object, subjectFirst ? object : subject, features);
    features.add("left=" + lemma(graph, Math.min(subject[0], object[0]) - 1));
    features.add("right=" + lemma(graph, Math.max(subject[1], object[1])));
    if (isTitle(graph, subject[0] - 1) || isTitle(graph, subject[1])) {
      features.add("title-next-to-subject");
    }
    if (isTitle(graph, object[0] - 1) || isTitle(graph, object[1])) {
      features.add("title-next-to-object");
    }
    return List.copyOf(features);
  }

  private static void pathFeatures(
      SentenceGraph graph, int[] subject, int[] object, String types, Set<String> features) {
    List<Integer> path = graph.path(subject, object);
    if (path.isEmpty()) {
      features.add("path=none");
      return;
    }
    int length = path.size() - 1;
    features.add("path-length=" + Math.min(length, MAX_PATH + 1));
    List<String> edges = new ArrayList<>();
    List<String> full = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      String edge = edge(graph, path.get(i), path.get(i + 1));
      edges.add(edge);
      full.add(edge);
      features.add("path-edge=" + edge);
      String base = edge.substring(1);
      if (base.startsWith("appos")) {
        features.add("path-appos");
      } else if (base.startsWith("nmod:poss")) {
        features.add("path-poss");
      } else if (base.startsWith("conj")) {
        features.add("path-conj");
      }
      if (i + 2 < path.size()) {
        int inner = path.get(i + 1);
        String lemma = lemma(graph, inner);
        full.add(lemma);
        features.add("path-lemma=" + lemma);
        if (isTitle(graph, inner)) {
          features.add("path-title");
        }
        for (Dependency dependent : graph.dependents(inner)) {
          if (dependent.relation().equals("cop")) {
            features.add("path-copula");
          }
        }
      }
    }
    if (length <= MAX_PATH) {
      features.add("path=" + String.join(" ", full));
      features.add("path-edges=" + String.join(" ", edges));
      features.add("types-path=" + types + " " + String.join(" ", full));
    } else {
      features.add("path=long");
    }
  }

  private static void betweenFeatures(
      SentenceGraph graph, int[] first, int[] second, Set<String> features) {
    int begin = first[1];
    int end = second[0];
    int count = Math.max(0, end - begin);
    features.add("between-count=" + (count > MAX_BETWEEN ? "many" : String.valueOf(count)));
    if (count == 0) {
      features.add("between=touching");
    }
    List<String> words = new ArrayList<>();
    for (int i = begin; i < end && i < begin + MAX_BETWEEN; i++) {
      Token token = graph.tokens().get(i);
      String lemma = lemma(graph, i);
      words.add(lemma);
      features.add("between-lemma=" + lemma);
      features.add("between-pos=" + token.pos());
      if (token.ner() == NerTag.TITLE) {
        features.add("between-title");
      }
      if (lemma.equals("'s") || token.pos().equals("POS")) {
        features.add("between-poss");
      }
      if (lemma.equals("be")) {
        features.add("between-be");
      }
    }
    if (count > 0 && count <= 4) {
      features.add("between-words=" + String.join(" ", words));
    }
  }

  /** An edge between two neighbouring tokens of a path: "^rel" up to a governor, "v" down. */
  private static String edge(SentenceGraph graph, int from, int to) {
    for (Dependency dependency : graph.dependents(from)) {
      if (dependency.dependent() == to) {
        return "v" + dependency.relation();
      }
    }
    for (Dependency dependency : graph.governors(from)) {
      if (dependency.governor() == to) {
        return "^" + dependency.relation();
      }
    }
    return "?";
  }

  private static boolean isTitle(SentenceGraph graph, int token) {
    return token >= 0
        && token < graph.tokens().size()
        && graph.tokens().get(token).ner() == NerTag.TITLE;
  }

  /**
   * A token's lemma in lower case; a proper noun that is no title is its NER tag instead (a name is
   * never a feature); a boundary mark outside the sentence.
   */
  static String lemma(SentenceGraph graph, int token) {
    if (token < 0) {
      return "<s>";
    }
    if (token >= graph.tokens().size()) {
      return "</s>";
    }
    Token t = graph.tokens().get(token);
    if (t.pos().startsWith("NNP") && t.ner() != NerTag.TITLE) {
      return "<" + t.ner() + ">";
    }
    String word = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
    return word.toLowerCase(Locale.ROOT);
  }
}
