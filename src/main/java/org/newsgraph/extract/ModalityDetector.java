package org.newsgraph.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.RuleFile;

/**
 * Decides whether a sentence asserts, negates or only supposes a relation between two spans, from
 * cue words ({@code modality-cues.txt}) in the relation's syntactic scope:
 *
 * <ol>
 *   <li>the tokens on the dependency path between subject and object;
 *   <li>their function-word dependents (advmod, aux, det, mark, cop, case, neg...);
 *   <li>the governors reached from the top of the path through clausal edges (xcomp, ccomp, acl,
 *       advcl, csubj, and obj above a clausal edge), with their function-word dependents.
 * </ol>
 *
 * A negation cue wins over a hypothetical one. Without a parse, the tokens between the spans (and
 * the three before the first) are the scope.
 */
final class ModalityDetector {

  private static final Set<String> FUNCTION_RELATIONS =
      Set.of("advmod", "aux", "aux:pass", "det", "mark", "cop", "neg", "case", "cc:preconj");
  private static final Set<String> CLAUSAL_RELATIONS =
      Set.of("xcomp", "ccomp", "acl", "advcl", "csubj", "csubj:pass", "parataxis");

  private final Set<String> negation;
  private final Set<String> hypothetical;

  private ModalityDetector(Set<String> negation, Set<String> hypothetical) {
    this.negation = Set.copyOf(negation);
    this.hypothetical = Set.copyOf(hypothetical);
  }

  /** The detector with the bundled cue list. */
  static ModalityDetector loadDefault() {
    Set<String> negation = new HashSet<>();
    Set<String> hypothetical = new HashSet<>();
    Map<String, Set<String>> sections = Map.of("NEGATED", negation, "HYPOTHETICAL", hypothetical);
    for (String line : RuleFile.lines("org/newsgraph/extract/modality-cues.txt")) {
      String[] columns = line.split("\t");
      Set<String> section = columns.length == 2 ? sections.get(columns[0].strip()) : null;
      if (section == null) {
        throw new IllegalStateException(
            "modality-cues.txt: expected 'NEGATED|HYPOTHETICAL<TAB>word', got '" + line + "'");
      }
      section.add(columns[1].strip().toLowerCase(java.util.Locale.ROOT));
    }
    return new ModalityDetector(negation, hypothetical);
  }

  /** How the sentence states a relation between the two token ranges. */
  Modality modality(SentenceGraph graph, int[] subject, int[] object) {
    Set<Integer> scope = scope(graph, subject, object);
    boolean hypothetic = false;
    for (int token : scope) {
      String word = graph.lowerWord(token);
      String lemma = graph.lowerLemma(token);
      if (negation.contains(word) || negation.contains(lemma)) {
        return Modality.NEGATED;
      }
      hypothetic |= hypothetical.contains(word) || hypothetical.contains(lemma);
    }
    return hypothetic ? Modality.HYPOTHETICAL : Modality.ASSERTED;
  }

  private static Set<Integer> scope(SentenceGraph graph, int[] subject, int[] object) {
    Set<Integer> scope = new LinkedHashSet<>();
    List<Integer> path = graph.hasDependencies() ? graph.path(subject, object) : List.of();
    if (path.isEmpty()) {
      int from = Math.max(0, Math.min(subject[0], object[0]) - 3);
      int to = Math.max(subject[1], object[1]);
      for (int i = from; i < to; i++) {
        scope.add(i);
      }
      return scope;
    }
    for (int token : path) {
      scope.add(token);
      addFunctionWords(graph, token, scope);
    }
    Set<Integer> visited = new HashSet<>(path);
    boolean clausal = false;
    for (int token = top(graph, path); ; ) {
      int governor = clausalGovernor(graph, token, clausal);
      if (governor < 0 || !visited.add(governor)) {
        break;
      }
      scope.add(governor);
      addFunctionWords(graph, governor, scope);
      clausal = true;
      token = governor;
    }
    return scope;
  }

  /** The governor over a clausal edge (or an obj edge above one), or -1. */
  private static int clausalGovernor(SentenceGraph graph, int token, boolean clausal) {
    for (Dependency edge : graph.governors(token)) {
      String relation = baseRelation(edge.relation());
      if (CLAUSAL_RELATIONS.contains(relation) || (clausal && relation.equals("obj"))) {
        return edge.governor();
      }
    }
    return -1;
  }

  private static void addFunctionWords(SentenceGraph graph, int token, Set<Integer> scope) {
    for (Dependency edge : graph.dependents(token)) {
      if (FUNCTION_RELATIONS.contains(edge.relation())) {
        scope.add(edge.dependent());
      }
    }
  }

  /** The path token closest to the root (the one no other path token governs). */
  private static int top(SentenceGraph graph, List<Integer> path) {
    for (int token : path) {
      boolean governed = graph.governors(token).stream().anyMatch(e -> path.contains(e.governor()));
      if (!governed) {
        return token;
      }
    }
    return path.get(0);
  }

  private static String baseRelation(String relation) {
    int colon = relation.indexOf(':');
    String base = colon < 0 ? relation : relation.substring(0, colon);
    return relation.equals("csubj:pass") ? relation : base;
  }
}
