package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NumberWords;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Resolves a group named by its number ("the three states", "all three", "both museums") to the
 * entities it refers back to. A group of countries or of unnamed things ("all three", "the two
 * founding members") is the list the text named last before it, within {@link #WINDOW} sentences:
 * names of one type joined by commas and "and" ("Chile, Peru and Bolivia"), provided the list has
 * exactly as many names as the number says. A group of a kind of institution ("both museums";
 * {@code kind-descriptions.txt}) is the organisations last named with that word in their name,
 * within the same window, and the first one the document names with that word. Other nouns ("the
 * four signatories", "both ministers") are not resolved: the text does not say which list they
 * count.
 */
final class GroupReferences {

  /** How many sentences before the reference's own the list may be. */
  static final int WINDOW = 3;

  /** Number words: "all three", "the four founding members". */
  private static final NumberWords NUMBERS = new NumberWords();

  /** Plural nouns of a group of countries. */
  private static final Set<String> COUNTRY_NOUNS = Set.of("countries", "states", "nations");

  /** Plural nouns that may count countries or organisations alike. */
  private static final Set<String> MEMBER_NOUNS = Set.of("members");

  /** What stands between two items of a list: a comma, "and", "as well as", a "the". */
  private static final Pattern SEPARATOR =
      Pattern.compile("(,|,?\\s*(and|as well as))\\s*(the)?", Pattern.CASE_INSENSITIVE);

  private final MentionIndex index;
  private final Set<String> kinds;

  GroupReferences(MentionIndex index) {
    this.index = index;
    this.kinds = Set.copyOf(RuleFile.lines("org/newsgraph/extract/kind-descriptions.txt"));
  }

  /** A group reference read from its words: how many, and the plural noun (empty without one). */
  record Group(int count, String noun) {}

  /**
   * The group a span names by number: "both" or "the/all" and a number, then at most two modifiers
   * and an optional plural noun, all in lower case ("The three states", "All three", "Both
   * museums", "the two founding members"; not "Both Chile and Peru", which names its members).
   */
  static Optional<Group> parse(String text) {
    String[] original = text.strip().split("\\s+");
    for (int i = 1; i < original.length; i++) {
      if (!original[i].equals(original[i].toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    int at;
    int count;
    if (words.length >= 1 && words[0].equals("both")) {
      count = 2;
      at = 1;
    } else if (words.length >= 2
        && (words[0].equals("all") || words[0].equals("the"))
        && number(words[1]) > 1) {
      count = number(words[1]);
      at = 2;
    } else {
      return Optional.empty();
    }
    int rest = words.length - at;
    if (rest > 3) {
      return Optional.empty();
    }
    return Optional.of(new Group(count, rest == 0 ? "" : words[words.length - 1]));
  }

  private static int number(String word) {
    if (word.matches("\\d{1,2}")) {
      return Integer.parseInt(word);
    }
    int value = NUMBERS.value(word).orElse(0);
    return value >= 2 ? value : 0;
  }

  /**
   * The entities a group reference in the given sentence refers to; empty when the span is no group
   * reference or the text names no list that fits it.
   */
  List<Entity> members(String docId, String text, int sentence, TextSpan span) {
    Optional<Group> parsed = parse(span.text());
    if (parsed.isEmpty()) {
      return List.of();
    }
    Group group = parsed.get();
    String noun = group.noun();
    String singular = singular(noun);
    if (kinds.contains(singular)) {
      return lastNamed(docId, sentence, span, group.count(), singular);
    }
    Predicate<EntityType> type;
    if (COUNTRY_NOUNS.contains(noun)) {
      type = t -> t == EntityType.COUNTRY;
    } else if (noun.isEmpty() || MEMBER_NOUNS.contains(noun)) {
      type = t -> t == EntityType.COUNTRY || t == EntityType.ORGANIZATION;
    } else {
      return List.of();
    }
    List<Entity> list = lastList(docId, text, sentence, span, type);
    return list.size() == group.count() ? list : List.of();
  }

  private static String singular(String noun) {
    if (noun.endsWith("ies")) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
  }

  /**
   * The distinct entities of the last list before the span, within the window: mentions of one type
   * that passes the test, each joined to the next by a separator only.
   */
  private List<Entity> lastList(
      String docId, String text, int sentence, TextSpan span, Predicate<EntityType> type) {
    List<ResolvedMention> run = new ArrayList<>();
    List<ResolvedMention> last = List.of();
    EntityType runType = null;
    for (ResolvedMention mention : index.mentions(docId)) {
      if (mention.end() > span.begin()) {
        break;
      }
      if (sentence - mention.sentence() > WINDOW) {
        continue;
      }
      EntityType mentionType = index.entity(mention.entityId()).orElseThrow().type();
      boolean joined =
          !run.isEmpty()
              && mentionType == runType
              && run.get(run.size() - 1).sentence() == mention.sentence()
              && separated(text, run.get(run.size() - 1), mention);
      if (!joined) {
        run = new ArrayList<>();
        runType = type.test(mentionType) ? mentionType : null;
      }
      if (runType != null) {
        run.add(mention);
        if (run.size() >= 2) {
          last = run;
        }
      }
    }
    Set<Entity> entities = new LinkedHashSet<>();
    for (ResolvedMention mention : last) {
      entities.add(index.entity(mention.entityId()).orElseThrow());
    }
    return List.copyOf(entities);
  }

  private static boolean separated(String text, ResolvedMention before, ResolvedMention after) {
    if (after.begin() < before.end()) {
      return false;
    }
    return SEPARATOR.matcher(text.substring(before.end(), after.begin()).strip()).matches();
  }

  /**
   * The organisations named with the word in their name within the window before the span, the last
   * named first; when fewer than {@code count}, the first organisation the document names with that
   * word, the one the story is about ("Both museums": the museum of the headline and the one the
   * text just named). Empty unless exactly {@code count} are found.
   */
  private List<Entity> lastNamed(
      String docId, int sentence, TextSpan span, int count, String word) {
    List<Entity> found = new ArrayList<>();
    List<ResolvedMention> mentions = index.mentions(docId);
    for (int i = mentions.size() - 1; i >= 0 && found.size() < count; i--) {
      ResolvedMention mention = mentions.get(i);
      if (mention.end() > span.begin() || sentence - mention.sentence() > WINDOW) {
        continue;
      }
      Entity entity = index.entity(mention.entityId()).orElseThrow();
      if (entity.type() == EntityType.ORGANIZATION
          && !found.contains(entity)
          && Descriptions.hasWord(entity, Set.of(word))) {
        found.add(entity);
      }
    }
    if (found.size() < count) {
      for (ResolvedMention mention : mentions) {
        Entity entity = index.entity(mention.entityId()).orElseThrow();
        if (entity.type() == EntityType.ORGANIZATION
            && Descriptions.hasWord(entity, Set.of(word))) {
          if (!found.contains(entity)) {
            found.add(entity);
          }
          break;
        }
      }
    }
    return found.size() == count ? List.copyOf(found) : List.of();
  }
}
