package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Resolves the personal pronoun "he" or "she" that a pattern rule takes as its subject ("She
 * previously worked as a solicitor at Acme") to the person the document named last before it, in
 * the same or the previous sentence. A person whose name the text gives with a courtesy title of
 * the other gender ("Mr Roe" for "she"; {@code gendered-honorifics.txt}) is skipped. Only the
 * subject pronouns are read: possessives ("his", "her") are left alone.
 */
final class Pronouns {

  /** How many sentences before the pronoun's own the antecedent may be. */
  static final int WINDOW = 1;

  private final MentionIndex index;
  private final Set<String> male;
  private final Set<String> female;

  Pronouns(MentionIndex index) {
    this.index = index;
    Set<String> maleWords = new java.util.HashSet<>();
    Set<String> femaleWords = new java.util.HashSet<>();
    for (String line : RuleFile.lines("org/newsgraph/extract/gendered-honorifics.txt")) {
      String[] parts = line.strip().split("\\s+");
      (parts[1].equals("male") ? maleWords : femaleWords).add(parts[0]);
    }
    this.male = Set.copyOf(maleWords);
    this.female = Set.copyOf(femaleWords);
  }

  /** The person a subject pronoun refers to, if the span is one and a person qualifies. */
  Optional<Entity> antecedent(String docId, String text, int sentence, TextSpan span) {
    String lower = span.text().toLowerCase(Locale.ROOT);
    if (!lower.equals("he") && !lower.equals("she")) {
      return Optional.empty();
    }
    Set<String> otherGender = lower.equals("he") ? female : male;
    Entity best = null;
    int bestEnd = -1;
    int bestSentence = -1;
    for (ResolvedMention mention : index.mentions(docId)) {
      Entity entity = index.entity(mention.entityId()).orElseThrow();
      boolean later = mention.end() <= span.begin() && mention.end() > bestEnd;
      if (later
          && entity.type() == EntityType.PERSON
          && !hasHonorific(docId, text, entity, otherGender)) {
        best = entity;
        bestEnd = mention.end();
        bestSentence = mention.sentence();
      }
    }
    return best != null && sentence - bestSentence <= WINDOW ? Optional.of(best) : Optional.empty();
  }

  /** Whether the document writes one of the honorifics right before a mention of the person. */
  private boolean hasHonorific(String docId, String text, Entity person, Set<String> honorifics) {
    for (ResolvedMention mention : index.mentions(docId)) {
      if (!mention.entityId().equals(person.id())) {
        continue;
      }
      String before = text.substring(Math.max(0, mention.begin() - 6), mention.begin()).strip();
      String[] words = before.split("\\s+");
      if (words.length > 0 && honorifics.contains(words[words.length - 1])) {
        return true;
      }
    }
    return false;
  }
}
