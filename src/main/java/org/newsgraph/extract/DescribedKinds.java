package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The kinds of organisation a document says its organisations are, in the words of a description
 * ({@code descriptions.txt}, {@code kind-descriptions.txt}): the head noun of an apposition right
 * after a name ("Acme, the Lyon-based medical aid organisation", "Acme (AC), a charity", "Acme, the
 * sport's governing body") or a description noun written right after the name ("the Acme
 * alliance"). "The alliance's chief executive" then refers to the organisation the text described
 * as an alliance, though its name has no such word ({@link Descriptions}).
 */
final class DescribedKinds {

  /** How many words an apposition may have before its head noun. */
  static final int MAX_WORDS = 7;

  /** How many tokens a bracket after the name (an acronym) may hold. */
  static final int MAX_BRACKET = 4;

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private final MentionIndex index;
  private final Set<String> nouns;
  private final Map<String, Map<String, Set<String>>> byDoc = new HashMap<>();

  /**
   * @param nouns the description nouns, lower case
   */
  DescribedKinds(MentionIndex index, Set<String> nouns) {
    this.index = index;
    this.nouns = Set.copyOf(nouns);
  }

  /** Reads the document's descriptions once; {@link #kinds} answers for read documents only. */
  void read(AnnotatedDocument document) {
    byDoc.computeIfAbsent(document.document().id(), id -> find(document));
  }

  /** The description nouns the document applies to the entity (empty if not read). */
  Set<String> kinds(String docId, String entityId) {
    return byDoc.getOrDefault(docId, Map.of()).getOrDefault(entityId, Set.of());
  }

  private Map<String, Set<String>> find(AnnotatedDocument document) {
    Map<String, Set<String>> found = new HashMap<>();
    for (ResolvedMention mention : index.mentions(document.document().id())) {
      boolean organization =
          index
              .entity(mention.entityId())
              .map(e -> e.type() == EntityType.ORGANIZATION)
              .orElse(false);
      if (!organization || mention.sentence() >= document.sentences().size()) {
        continue;
      }
      List<Token> tokens = document.sentences().get(mention.sentence()).tokens();
      int after = 0;
      while (after < tokens.size() && tokens.get(after).begin() < mention.end()) {
        after++;
      }
      String kind = kindAfter(tokens, skipBracket(tokens, after));
      if (kind != null) {
        found.computeIfAbsent(mention.entityId(), k -> new HashSet<>()).add(kind);
      }
    }
    return found;
  }

  /** The index after a bracket that starts at the index ("Acme (AC), a charity"), else it. */
  private static int skipBracket(List<Token> tokens, int at) {
    if (at < tokens.size() && tokens.get(at).word().equals("(")) {
      for (int i = at + 1; i < tokens.size() && i <= at + MAX_BRACKET + 1; i++) {
        if (tokens.get(i).word().equals(")")) {
          return i + 1;
        }
      }
    }
    return at;
  }

  /** The description noun that follows a name at the index, if one does. */
  private String kindAfter(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(at);
    if (isNoun(next) && Character.isLowerCase(next.word().charAt(0))) {
      String lemma = lower(next);
      return nouns.contains(lemma) && !followedByNoun(tokens, at) ? lemma : null;
    }
    if (!next.word().equals(",")
        || at + 1 >= tokens.size()
        || !ARTICLES.contains(tokens.get(at + 1).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Token head = null;
    for (int i = at + 2; i < tokens.size() && i <= at + 1 + MAX_WORDS; i++) {
      Token token = tokens.get(i);
      if (!token.pos().matches("JJ.*|NNS?|NNPS?|HYPH|VBN|VBG|CD|POS")) {
        break;
      }
      head = isNoun(token) ? token : head;
    }
    if (head == null) {
      return null;
    }
    String lemma = lower(head);
    return nouns.contains(lemma) ? lemma : null;
  }

  /** Whether the token after the index is a noun too ("the Acme group companies"). */
  private static boolean followedByNoun(List<Token> tokens, int at) {
    return at + 1 < tokens.size() && isNoun(tokens.get(at + 1));
  }

  private static boolean isNoun(Token token) {
    return token.pos().equals("NN") || token.pos().equals("NNS");
  }

  private static String lower(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
