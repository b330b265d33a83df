package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NameKey;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The country of a news dateline: in a story that opens "WELLINGTON, 4 June 2025 —" or "TURIN,
 * Italy, 22 September /PRNewswire/ --", the country named after the city, or the country whose
 * capital the city is. The country must be an entity of the corpus. The dateline opens the first or
 * second sentence, or, at the start of a line, one of the first {@value #LAST_INDEX} + 1 sentences:
 * a wire story may put a headline and a byline or a label ("By Staff Reporter", "MEDIA STATEMENT")
 * before it.
 */
final class Datelines {

  /** The index of the last sentence that may open with the dateline. */
  static final int LAST_INDEX = 3;

  /** Sentences after the first two open with the dateline only at the start of a line. */
  private static final int FIRST_LINE_ONLY = 2;

  private final MentionIndex index;
  private final Capitals capitals;

  Datelines(MentionIndex index, Capitals capitals) {
    this.index = index;
    this.capitals = capitals;
  }

  /** The dateline country of each document that has one, by document id. */
  Map<String, Entity> countries(List<AnnotatedDocument> documents) {
    Map<String, Entity> countries = new HashMap<>();
    for (AnnotatedDocument document : documents) {
      countryOf(document).ifPresent(c -> countries.put(document.document().id(), c));
    }
    return countries;
  }

  /**
   * The dateline's country: an opening sentence starts with a city in capitals, then a comma, and
   * either a country mention or (for a capital) nothing more of the place.
   */
  private Optional<Entity> countryOf(AnnotatedDocument document) {
    String text = document.document().text();
    for (Sentence sentence : document.sentences()) {
      if (sentence.index() > LAST_INDEX) {
        break;
      }
      if (sentence.index() >= FIRST_LINE_ONLY && !startsLine(text, sentence)) {
        continue;
      }
      Optional<Entity> country = datelineCountry(document, sentence);
      if (country.isPresent()) {
        return country;
      }
    }
    return Optional.empty();
  }

  private static boolean startsLine(String text, Sentence sentence) {
    if (sentence.tokens().isEmpty()) {
      return false;
    }
    int begin = sentence.tokens().get(0).begin();
    return begin == 0 || text.charAt(begin - 1) == '\n';
  }

  private Optional<Entity> datelineCountry(AnnotatedDocument document, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int end = 0;
    while (end < tokens.size() && isCapitalised(tokens.get(end).word())) {
      end++;
    }
    if (end == 0 || end + 1 >= tokens.size() || !tokens.get(end).word().equals(",")) {
      return Optional.empty();
    }
    String docId = document.document().id();
    Optional<Entity> named = countryMentionAt(docId, tokens.get(end + 1).begin());
    if (named.isPresent()) {
      return named;
    }
    String city =
        document.document().text().substring(tokens.get(0).begin(), tokens.get(end - 1).end());
    return capitals.countryOf(city).flatMap(this::countryNamed);
  }

  private static boolean isCapitalised(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private Optional<Entity> countryMentionAt(String docId, int begin) {
    for (ResolvedMention mention : index.mentions(docId)) {
      Optional<Entity> entity = index.entity(mention.entityId());
      boolean country = entity.map(e -> e.type() == EntityType.COUNTRY).orElse(false);
      if (mention.begin() == begin && country) {
        return entity;
      }
    }
    return Optional.empty();
  }

  private Optional<Entity> countryNamed(String name) {
    String key = NameKey.of(name);
    return index.entities().stream()
        .filter(e -> e.type() == EntityType.COUNTRY && EntityNames.keys(e).contains(key))
        .findFirst();
  }
}
