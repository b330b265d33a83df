package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The office one person takes from another: in "Jane Doe has been appointed Acme's chief executive,
 * succeeding John Roe", "She will succeed John Roe" (after the sentence that appoints her) and "He
 * will be succeeded by Jane Doe", both held the same office. The person named after
 * "succeed(s/ing)" or "succeeded by" gets the titles, employers, citizenship and leaderships the
 * other holds in the sentence, or, when that sentence gives the other none, in the sentence before
 * it (the appointment a "She will succeed" follows). The other is the first person the sentence
 * names before the verb, or the person a "he"/"she" there refers to ({@link Pronouns}). Confidence:
 * {@value #FACTOR} times each copied observation's.
 */
final class Successions implements FactRule {

  static final double FACTOR = 0.8;
  static final String EXTRACTOR = "rule:succession";

  /** The verb forms whose object is the predecessor. */
  private static final Set<String> SUCCEEDS = Set.of("succeed", "succeeds", "succeeding");

  /** How many tokens may stand between the verb and the other person (ranks, honorifics). */
  private static final int GAP = 3;

  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    MentionIndex index = context.index();
    Pronouns pronouns = new Pronouns(index);
    List<Observation> inferred = new ArrayList<>();
    for (AnnotatedDocument document : context.documents()) {
      String docId = document.document().id();
      String text = document.document().text();
      for (Sentence sentence : document.sentences()) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
          boolean passive =
              word.equals("succeeded")
                  && i + 1 < tokens.size()
                  && tokens.get(i + 1).word().equals("by");
          if (!SUCCEEDS.contains(word) && !passive) {
            continue;
          }
          int after = passive ? i + 2 : i + 1;
          Optional<String> other = personAfter(index, docId, sentence, tokens, after);
          Optional<String> holder = personBefore(index, pronouns, docId, text, sentence, tokens, i);
          if (other.isEmpty() || holder.isEmpty() || other.get().equals(holder.get())) {
            continue;
          }
          Evidence evidence =
              new Evidence(
                  docId,
                  sentence.index(),
                  sentence.begin(),
                  sentence.end(),
                  text.substring(sentence.begin(), sentence.end()),
                  EXTRACTOR,
                  1.0);
          inferred.addAll(
              copy(
                  observations,
                  document,
                  sentence,
                  tokens.get(i).begin(),
                  holder.get(),
                  other.get(),
                  evidence));
        }
      }
    }
    return FactRule.plus(observations, inferred);
  }

  /**
   * The holder's title of the sentence that the text names nearest before {@code end}, else the
   * title of the sentence before that the text names last, given to the other.
   */
  private static List<Observation> copy(
      List<Observation> observations,
      AnnotatedDocument document,
      Sentence sentence,
      int end,
      String holder,
      String other,
      Evidence evidence) {
    Optional<Observation> title =
        nearestTitle(observations, document, sentence.index(), end, holder);
    if (title.isEmpty() && sentence.index() > 0) {
      Sentence before = document.sentences().get(sentence.index() - 1);
      title = nearestTitle(observations, document, before.index(), before.end(), holder);
    }
    return title
        .map(
            t ->
                List.of(
                    new Observation(
                        other,
                        Relation.TITLE,
                        t.object(),
                        Modality.ASSERTED,
                        evidence.by(EXTRACTOR, FACTOR * t.evidence().confidence()))))
        .orElse(List.of());
  }

  /** The holder's asserted title of the sentence whose text ends nearest before {@code end}. */
  private static Optional<Observation> nearestTitle(
      List<Observation> observations,
      AnnotatedDocument document,
      int sentence,
      int end,
      String holder) {
    String docId = document.document().id();
    Sentence s = document.sentences().get(sentence);
    String before = document.document().text().substring(s.begin(), end).toLowerCase(Locale.ROOT);
    Observation best = null;
    int bestEnd = -1;
    for (Observation o : observations) {
      boolean title =
          o.relation() == Relation.TITLE
              && o.modality() == Modality.ASSERTED
              && o.subjectId().equals(holder)
              && o.evidence().docId().equals(docId)
              && o.evidence().sentence() == sentence;
      int at = title ? before.lastIndexOf(o.object()) : -1;
      if (at >= 0 && at + o.object().length() > bestEnd) {
        best = o;
        bestEnd = at + o.object().length();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The person whose mention starts within {@link #GAP} tokens from token {@code from}. */
  private static Optional<String> personAfter(
      MentionIndex index, String docId, Sentence sentence, List<Token> tokens, int from) {
    if (from >= tokens.size()) {
      return Optional.empty();
    }
    int begin = tokens.get(from).begin();
    int limit = tokens.get(Math.min(tokens.size() - 1, from + GAP)).begin();
    for (ResolvedMention mention : index.mentions(docId)) {
      if (mention.sentence() == sentence.index()
          && mention.begin() >= begin
          && mention.begin() <= limit
          && isPerson(index, mention)) {
        return Optional.of(mention.entityId());
      }
    }
    return Optional.empty();
  }

  /**
   * The first person the sentence names before token {@code cue}, else the person a "he" or "she"
   * there refers to.
   */
  private static Optional<String> personBefore(
      MentionIndex index,
      Pronouns pronouns,
      String docId,
      String text,
      Sentence sentence,
      List<Token> tokens,
      int cue) {
    int end = tokens.get(cue).begin();
    for (ResolvedMention mention : index.mentions(docId)) {
      if (mention.sentence() == sentence.index()
          && mention.end() <= end
          && isPerson(index, mention)) {
        return Optional.of(mention.entityId());
      }
    }
    for (int i = 0; i < cue; i++) {
      Token token = tokens.get(i);
      Optional<Entity> person =
          pronouns.antecedent(
              docId,
              text,
              sentence.index(),
              new TextSpan(token.begin(), token.end(), token.word()));
      if (person.isPresent()) {
        return Optional.of(person.get().id());
      }
    }
    return Optional.empty();
  }

  private static boolean isPerson(MentionIndex index, ResolvedMention mention) {
    return index.entity(mention.entityId()).map(e -> e.type() == EntityType.PERSON).orElse(false);
  }
}
