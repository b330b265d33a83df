package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Finds the entity a span names when NER left the span untagged, so that no mention covers it:
 *
 * <ul>
 *   <li>"Dyna is a member of the X" after "Dyna Defence Systems Oy (Dyna)": the span is, exactly,
 *       the label or an alias of one and only one entity the same document mentions;
 *   <li>"Acme is a member of the X" after "Acme Maritime Holdings S.A.", "Bolt, which is based in
 *       Lyon" after "Grupo Bolt": a company's short name, one word that is the first or last word
 *       of the names of one and only one entity of the document, an organisation, and that the
 *       document never writes in lower case (not "Council" for the "Council of Norland" where the
 *       text also speaks of a council); among several such organisations ("Acme Maritime Holdings
 *       S.A." and its "Acme Tankers Ltd"), the one the document is about ({@link DocumentSubject}).
 * </ul>
 *
 * The span must be capitalised; otherwise a name shared by two entities of the document says
 * nothing.
 */
final class KnownNames {

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}-]{2,}");

  private final MentionIndex index;
  private final DocumentSubject documentSubject;

  KnownNames(MentionIndex index) {
    this.index = index;
    this.documentSubject = new DocumentSubject(index);
  }

  /** The one entity of the document that has the span's text as its label or an alias. */
  private Optional<Entity> exactlyNamed(String docId, TextSpan span) {
    String name = span.text().strip();
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return Optional.empty();
    }
    return onlyEntity(docId, e -> e.label().equals(name) || e.aliases().contains(name));
  }

  /**
   * The entity the span names exactly, else the one organisation of the document whose names start
   * or end with the span's one word, when the document text never has that word in lower case.
   */
  Optional<Entity> entityNamed(String docId, String documentText, TextSpan span) {
    Optional<Entity> exact = exactlyNamed(docId, span);
    String word = span.text().strip();
    if (exact.isPresent()
        || !WORD.matcher(word).matches()
        || writtenLowerCase(documentText, word)) {
      return exact;
    }
    Predicate<Entity> shortName = e -> names(e).stream().anyMatch(n -> startsOrEnds(n, word));
    return onlyEntity(docId, shortName)
        .or(() -> documentSubject.of(docId).filter(shortName))
        .filter(e -> e.type() == EntityType.ORGANIZATION);
  }

  /**
   * The organisation a company's short name stands for where it names no organisation: "Acme's
   * chief executive, Jane Doe" when NER took "Acme" for a person (so "Acme" resolved to a person
   * entity, or to Jane Doe herself when her surname is the company's name). The span is one
   * capitalised word; the organisations of the document with a name of several words starting with
   * it are its candidates: the only one, else the one the document is about ({@link
   * DocumentSubject}), else the first named (a text names a company in full before it shortens its
   * name). Used for the object of a relation whose object must be an organisation ({@link
   * CandidateReader}).
   */
  Optional<Entity> organizationByShortName(String docId, TextSpan span) {
    String word = span.text().strip();
    if (!WORD.matcher(word).matches()) {
      return Optional.empty();
    }
    Predicate<Entity> startsWith =
        e ->
            e.type() == EntityType.ORGANIZATION
                && names(e).stream().anyMatch(n -> n.startsWith(word + " "));
    Map<String, Entity> found = new LinkedHashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      index
          .entity(mention.entityId())
          .filter(startsWith)
          .ifPresent(e -> found.putIfAbsent(e.id(), e));
    }
    if (found.size() <= 1) {
      return found.values().stream().findFirst();
    }
    return documentSubject
        .of(docId)
        .filter(startsWith)
        .or(() -> found.values().stream().findFirst());
  }

  private Optional<Entity> onlyEntity(String docId, Predicate<Entity> named) {
    Map<String, Entity> found = new LinkedHashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      index.entity(mention.entityId()).filter(named).ifPresent(e -> found.put(e.id(), e));
    }
    return found.size() == 1 ? found.values().stream().findFirst() : Optional.empty();
  }

  private static List<String> names(Entity entity) {
    return Stream.concat(Stream.of(entity.label()), entity.aliases().stream()).toList();
  }

  /** "acme maritime holdings" starts with "acme" (whole words, something after). */
  private static boolean startsOrEnds(String name, String word) {
    return name.startsWith(word + " ") || name.endsWith(" " + word);
  }

  private static boolean writtenLowerCase(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Pattern.compile("(?U)\\b" + Pattern.quote(lower) + "\\b").matcher(text).find();
  }
}
