package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.EntityType;

/**
 * Which Wikipedia titles can name an entity of a given type, from the rule files {@value #RULES}
 * and {@value #LOWERCASE_WORDS}: no ambiguity or surname pages, no creative works, no overview
 * pages, no qualifier that contradicts the type, and, except for the types the rules allow, no
 * concept titles (a lower-case content word, as in "Foreign_minister").
 */
final class TitleRules {

  static final String RULES = "org/newsgraph/link/title-rules.txt";
  static final String LOWERCASE_WORDS = "org/newsgraph/link/lowercase-words.txt";
  private static final String ANY = "ANY";

  private final Map<String, Set<String>> rejectedQualifiers;
  private final List<String> rejectedPrefixes;
  private final Set<EntityType> conceptTypes;
  private final Set<String> lowercaseWords;

  TitleRules(
      Map<String, Set<String>> rejectedQualifiers,
      List<String> rejectedPrefixes,
      Set<EntityType> conceptTypes,
      Set<String> lowercaseWords) {
    this.rejectedQualifiers = Map.copyOf(rejectedQualifiers);
    this.rejectedPrefixes = List.copyOf(rejectedPrefixes);
    this.conceptTypes = Set.copyOf(conceptTypes);
    this.lowercaseWords = Set.copyOf(lowercaseWords);
  }

  /** The rules from the resource files. */
  static TitleRules loadDefault() {
    Map<String, Set<String>> qualifiers = new HashMap<>();
    List<String> prefixes = new ArrayList<>();
    Set<EntityType> conceptTypes = new HashSet<>();
    for (String line : RuleFile.lines(RULES)) {
      String[] parts = line.split("\\s+", 3);
      if (parts[0].equals("concept-ok")
          && parts.length == 2
          && isTypeName(parts[1])
          && !parts[1].equals(ANY)) {
        conceptTypes.add(EntityType.valueOf(parts[1]));
      } else if (parts[0].equals("qualifier") && parts.length == 3 && isTypeName(parts[1])) {
        qualifiers.computeIfAbsent(parts[1], k -> new HashSet<>()).add(lower(parts[2]));
      } else if (parts[0].equals("prefix") && parts.length >= 2) {
        prefixes.add(lower(line.substring("prefix".length()).strip()) + " ");
      } else {
        throw new IllegalStateException("Bad rule in " + RULES + ": '" + line + "'");
      }
    }
    Set<String> words = new HashSet<>();
    for (String line : RuleFile.lines(LOWERCASE_WORDS)) {
      words.add(lower(line));
    }
    return new TitleRules(qualifiers, prefixes, conceptTypes, words);
  }

  /** Function words and name particles, lower case; they carry no evidence in a name. */
  Set<String> lowercaseWords() {
    return lowercaseWords;
  }

  /** Whether the title can be the article of an entity of this type. */
  boolean acceptable(EntityType type, String title) {
    String t = title.strip();
    if (t.isEmpty() || Character.isLowerCase(t.codePointAt(0))) {
      return false;
    }
    String text = lower(t.replace('_', ' '));
    for (String prefix : rejectedPrefixes) {
      if (text.startsWith(prefix)) {
        return false;
      }
    }
    return !hasRejectedQualifier(type, NameTokens.qualifier(t))
        && (conceptTypes.contains(type) || namesAnEntity(t));
  }

  private boolean hasRejectedQualifier(EntityType type, String qualifier) {
    if (qualifier.isEmpty()) {
      return false;
    }
    for (String key : List.of(ANY, type.name())) {
      for (String rejected : rejectedQualifiers.getOrDefault(key, Set.of())) {
        if (qualifier.equals(rejected) || qualifier.endsWith(" " + rejected)) {
          return true;
        }
      }
    }
    return false;
  }

  /** False for a concept title: a content word of its main part starts in lower case. */
  private boolean namesAnEntity(String title) {
    for (String word : NameTokens.mainPart(title).split("[_\\s]+")) {
      if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
        continue;
      }
      String head = word.split("[-'\u2019]", 2)[0];
      if (!lowercaseWords.contains(lower(head))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTypeName(String name) {
    if (name.equals(ANY)) {
      return true;
    }
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
