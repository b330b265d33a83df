package org.newsgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.annotate.Token;

/** A sentence's tokens and dependency edges, with the lookups the extractor needs. */
final class SentenceGraph {

  private final Sentence sentence;
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int size = sentence.tokens().size();
    this.out = new ArrayList<>(size);
    this.in = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() >= 0 && edge.governor() < size && edge.dependent() < size) {
        out.get(edge.governor()).add(edge);
        in.get(edge.dependent()).add(edge);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  boolean hasDependencies() {
    return !sentence.dependencies().isEmpty();
  }

  /** Edges from a token to its dependents. */
  List<Dependency> dependents(int token) {
    return out.get(token);
  }

  /** Edges from a token's governors to it. */
  List<Dependency> governors(int token) {
    return in.get(token);
  }

  /** Token indices [first, last+1) overlapping a character span, or {@code [0,0)} if none. */
  int[] tokenRange(TextSpan span) {
    int first = -1;
    int last = -1;
    for (Token token : sentence.tokens()) {
      if (token.begin() < span.end() && span.begin() < token.end()) {
        if (first < 0) {
          first = token.index();
        }
        last = token.index();
      }
    }
    return first < 0 ? new int[] {0, 0} : new int[] {first, last + 1};
  }

  /**
   * The shortest path between the two token ranges over undirected dependency edges, as token
   * indices from the first range to the second (both ends included); empty when not connected.
   */
  List<Integer> path(int[] from, int[] to) {
    Map<Integer, Integer> previous = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = from[0]; i < from[1]; i++) {
      previous.put(i, -1);
      queue.add(i);
    }
    while (!queue.isEmpty()) {
      int token = queue.poll();
      if (token >= to[0] && token < to[1]) {
        List<Integer> path = new ArrayList<>();
        for (int t = token; t >= 0; t = previous.get(t)) {
          path.add(0, t);
        }
        return path;
      }
      for (int next : neighbours(token)) {
        if (!previous.containsKey(next)) {
          previous.put(next, token);
          queue.add(next);
        }
      }
    }
    return List.of();
  }

  private List<Integer> neighbours(int token) {
    List<Integer> result = new ArrayList<>();
    out.get(token).forEach(e -> result.add(e.dependent()));
    in.get(token).forEach(e -> result.add(e.governor()));
    return result;
  }

  /** The number of edges between the ranges, 0 when they overlap, -1 when not connected. */
  int distance(int[] a, int[] b) {
    List<Integer> path = path(a, b);
    return path.isEmpty() ? -1 : path.size() - 1;
  }

  /** Edges that keep two names inside one noun phrase (or a copular "X is the Y"). */
  private static final java.util.Set<String> NOUN_PHRASE_RELATIONS =
      java.util.Set.of(
          "compound",
          "appos",
          "nmod:poss",
          "amod",
          "flat",
          "nmod:of",
          "nmod:for",
          "nsubj",
          "nmod:npmod",
          "obl:npmod",
          "dep");

  /**
   * Whether the ranges touch (no token between them), or a dependency path joins them whose inner
   * tokens are all titles ("UN" - "Secretary General" - "Ana Lobo") and whose edges stay inside a
   * noun phrase (compound, appos, possessive, "of"...), not "met at the X".
   */
  boolean linked(int[] a, int[] b) {
    if (a[1] == b[0] || b[1] == a[0]) {
      return true;
    }
    List<Integer> path = path(a, b);
    if (path.isEmpty()) {
      return false;
    }
    for (int token : path.subList(1, path.size() - 1)) {
      if (sentence.tokens().get(token).ner() != NerTag.TITLE) {
        return false;
      }
    }
    for (int i = 0; i + 1 < path.size(); i++) {
      if (!NOUN_PHRASE_RELATIONS.contains(relationBetween(path.get(i), path.get(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** The relation of an edge between two tokens, either direction, or "" when none. */
  private String relationBetween(int a, int b) {
    for (Dependency edge : out.get(a)) {
      if (edge.dependent() == b) {
        return edge.relation();
      }
    }
    for (Dependency edge : out.get(b)) {
      if (edge.dependent() == a) {
        return edge.relation();
      }
    }
    return "";
  }

  /**
   * Tokens coordinated with a token of the range (conj edges, one level up and down), outside the
   * range, in order.
   */
  List<Integer> conjuncts(int[] range) {
    java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
    for (int token = range[0]; token < range[1]; token++) {
      for (Dependency edge : in.get(token)) {
        if (edge.relation().startsWith("conj")) {
          found.add(edge.governor());
          out.get(edge.governor()).stream()
              .filter(e -> e.relation().startsWith("conj"))
              .forEach(e -> found.add(e.dependent()));
        }
      }
      out.get(token).stream()
          .filter(e -> e.relation().startsWith("conj"))
          .forEach(e -> found.add(e.dependent()));
    }
    found.removeIf(t -> t >= range[0] && t < range[1]);
    return new ArrayList<>(found);
  }

  /**
   * The names listed right after a range, read from the tokens when the parse misses the list (a
   * colon list parsed as appositions): each item is a run of tokens with the NER type of the
   * range's last token, after a comma or semicolon and/or "and"/"or" and an optional "the". "A, B,
   * the C and D" gives the ranges of B, C and D; the list ends after the item that follows
   * "and"/"or". An item may hold "of (the)" between its words ("the Union of the Freedonian
   * Isles"), start with a nationality word ("the Spanish Rowing Federation") and be followed by its
   * acronym in brackets ("the Republic of the Congo (DRC)").
   */
  List<int[]> listedAfter(int[] range) {
    List<int[]> items = new ArrayList<>();
    if (range[1] <= range[0] || range[1] > tokens().size()) {
      return items;
    }
    NerTag type = tokens().get(range[1] - 1).ner();
    if (type == NerTag.O) {
      return items;
    }
    int next = range[1];
    while (next < tokens().size()) {
      int[] item = itemAt(afterBracket(next), type);
      if (item == null) {
        int semicolon = semicolonAfterTrailer(afterBracket(next));
        item = semicolon == afterBracket(next) ? null : itemAt(semicolon, type);
      }
      if (item == null) {
        break;
      }
      items.add(new int[] {item[0], item[1]});
      if (item[2] == 1) {
        break;
      }
      next = item[1];
    }
    return items;
  }

  /**
   * The list item after a separator and/or "and"/"or" at a token and an optional "the": its first
   * and end token and 1 when it is the last item (after "and"/"or"), 0 otherwise; null when no
   * separator or no name is there.
   */
  private int[] itemAt(int token, NerTag type) {
    int start = token;
    int last = 0;
    if (start < tokens().size() && SEPARATORS.contains(lowerWord(start))) {
      start++;
    }
    if (start < tokens().size() && LIST_CONJUNCTIONS.contains(lowerWord(start))) {
      last = 1;
      start++;
    }
    if (start == token) {
      return null;
    }
    if (start < tokens().size() && lowerWord(start).equals("the")) {
      start++;
    }
    int end = itemEnd(start, type);
    if (end == start) {
      end = otherNameEnd(start);
    }
    return end == start || possessive(end) ? null : new int[] {start, end, last};
  }

  /**
   * Whether the token is a possessive marker: a name before it is a possessor in an apposition
   * ("coordinated by A, the Union's agency"), no list item.
   */
  private boolean possessive(int token) {
    return token < tokens().size() && POSSESSIVES.contains(tokens().get(token).word());
  }

  /**
   * The end of a list item of the given NER type starting at a token: its run of tokens of that
   * type, after nationality words (for organisations), with "of" or "of the" inside when a token of
   * the type follows; the start itself when no token of the type is there.
   */
  private int itemEnd(int start, NerTag type) {
    int at = start;
    while (type == NerTag.ORGANIZATION
        && at < tokens().size()
        && tokens().get(at).ner() == NerTag.NATIONALITY) {
      at++;
    }
    at = afterFormalName(at, type);
    int end = at;
    while (end < tokens().size()) {
      if (sameKind(tokens().get(end).ner(), type)) {
        end++;
        continue;
      }
      int after = end;
      if (end > at && lowerWord(after).equals("of")) {
        after++;
        if (after < tokens().size() && lowerWord(after).equals("the")) {
          after++;
        }
      }
      if (after == end || after >= tokens().size() || !sameKind(tokens().get(after).ner(), type)) {
        break;
      }
      end = after;
    }
    return end == at ? start : end;
  }

  /**
   * The first token of the name in a formal name whose head words NER left untagged ("Union" + "of
   * the" + "Freedonian Isles", "Kingdom of" + X): up to three capitalised untagged words, "of" and
   * an optional "the", when a token of the type follows; the token itself otherwise.
   */
  private int afterFormalName(int token, NerTag type) {
    int at = token;
    while (at < tokens().size()
        && at - token < 3
        && tokens().get(at).ner() == NerTag.O
        && Character.isUpperCase(tokens().get(at).word().codePointAt(0))) {
      at++;
    }
    if (at == token || at >= tokens().size() || !lowerWord(at).equals("of")) {
      return token;
    }
    at++;
    if (at < tokens().size() && lowerWord(at).equals("the")) {
      at++;
    }
    return at < tokens().size() && sameKind(tokens().get(at).ner(), type) ? at : token;
  }

  /**
   * The end of a run of name tokens of another type at a token (NER tags one item of a list of
   * countries as a person: "A, Eswatini, B"); the extract stage checks the entity's type.
   */
  private int otherNameEnd(int start) {
    int end = start;
    while (end < tokens().size() && NAME_TAGS.contains(tokens().get(end).ner())) {
      end++;
    }
    return end;
  }

  private static final java.util.Set<NerTag> NAME_TAGS =
      java.util.EnumSet.of(
          NerTag.PERSON,
          NerTag.ORGANIZATION,
          NerTag.MISC,
          NerTag.COUNTRY,
          NerTag.CITY,
          NerTag.STATE_OR_PROVINCE,
          NerTag.LOCATION);

  /** Whether a token's NER tag fits a list of the type (organisations: also MISC, "the DA"). */
  private static boolean sameKind(NerTag tag, NerTag type) {
    return tag == type || (type == NerTag.ORGANIZATION && tag == NerTag.MISC);
  }

  /**
   * In a semicolon list, the semicolon that ends an item's trailing words ("Acme in Lyon; the Bolt
   * Institute (BI), part of the Y, in Quito; and C"): the next semicolon when no more than {@value
   * #MAX_TRAILER} tokens, none a finite verb or a full stop, lie before it; the token itself
   * otherwise.
   */
  private int semicolonAfterTrailer(int token) {
    for (int at = token; at < tokens().size() && at - token <= MAX_TRAILER; at++) {
      String word = lowerWord(at);
      if (word.equals(";")) {
        return at;
      }
      if (word.equals(".") || FINITE_VERB.matcher(tokens().get(at).pos()).matches()) {
        return token;
      }
    }
    return token;
  }

  /** The token after a bracketed word at a token ("(DRC)"), or the token itself when none. */
  private int afterBracket(int token) {
    if (token + 2 < tokens().size()
        && BRACKETS_OPEN.contains(lowerWord(token))
        && BRACKETS_CLOSE.contains(lowerWord(token + 2))) {
      return token + 3;
    }
    return token;
  }

  private static final java.util.Set<String> LIST_CONJUNCTIONS = java.util.Set.of("and", "or");
  private static final java.util.Set<String> SEPARATORS = java.util.Set.of(",", ";");

  /** Possessive markers, which end a list: a name before one is a possessor. */
  private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

  private static final int MAX_TRAILER = 16;
  private static final java.util.regex.Pattern FINITE_VERB =
      java.util.regex.Pattern.compile("VBD|VBZ|VBP|MD");
  private static final java.util.Set<String> BRACKETS_OPEN = java.util.Set.of("(", "-lrb-");
  private static final java.util.Set<String> BRACKETS_CLOSE = java.util.Set.of(")", "-rrb-");

  /** The token's text as the tokenizer wrote it, lower case. */
  String lowerWord(int token) {
    return sentence.tokens().get(token).word().toLowerCase(java.util.Locale.ROOT);
  }

  /** The token's lemma, lower case. */
  String lowerLemma(int token) {
    return sentence.tokens().get(token).lemma().toLowerCase(java.util.Locale.ROOT);
  }
}
