package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Resolves a definite description of an organisation ("the Lyon-based alliance") to the
 * organisation the document named last before it, within {@link #WINDOW} preceding sentences. The
 * nouns that count as descriptions are listed in {@code descriptions.txt}; the pronoun "its" is
 * resolved the same way. Words that refer to a mission or exercise ({@code
 * mission-descriptions.txt}: "the exercise", "the participating nations") resolve to the last
 * organisation whose name has one of those words ("Exercise Southern Shield"), within {@link
 * #WIDE_WINDOW} sentences (a mission is named in full once and then called "the mission"); so do
 * nouns of a kind of institution ({@code kind-descriptions.txt}: "the museum", "the university"),
 * whose referent is the organisation the text is about ({@link DocumentSubject}) when it is of that
 * kind, else the last-named organisation with that word in its name. Any other description noun
 * ("the agency", "the federation") also goes first to the last organisation, within {@link
 * #WIDE_WINDOW} sentences, whose name has that word ("He succeeds Jane Doe, who has led the agency
 * since 2019" after "the Central Asian Agency for ..." and a sentence naming another body); only
 * when none has it, to the organisation named last. "The company" and "the group" with no
 * organisation named shortly before are the company the text is about, or else the last
 * organisation within the wide window with that word in its name.
 */
final class Descriptions {

  /** How many sentences before the description's own the antecedent may be. */
  static final int WINDOW = 2;

  /**
   * The window for a kind of institution, which picks its referent more surely: "the hospital" is
   * the organisation last named with "Hospital", however far back.
   */
  static final int WIDE_WINDOW = 12;

  /**
   * The possessive pronoun that rules may use in place of a description ("its other members include
   * ..."), in lower case; it is resolved the same way.
   */
  static final String POSSESSIVE = "its";

  /**
   * How many sentences before its own the organisation "its" inside a sentence refers to may be (a
   * sentence-initial "Its" is the first organisation of the sentence before): a possessive pronoun
   * points at something named just before ("... the Acme Pantry, a food charity. Its executive
   * director, ..."); two sentences back, another name NER did not take for an organisation may
   * stand between.
   */
  static final int POSSESSIVE_WINDOW = 1;

  /**
   * The word by which a rule names the members of an organisation it does not name ("The new
   * members are A and B"): those of the organisation the document is about ({@link
   * DocumentSubject}), if one stands out.
   */
  static final String MEMBERS = "members";

  /**
   * The word by which a rule names the event whose participants it lists ("Participants included A
   * and B"), also capitalised at the start of a sentence; it refers to the mission the text named
   * last, like "the exercise".
   */
  static final String PARTICIPANTS = "participants";

  private final Set<String> nouns;
  private final Set<String> missionReferences;
  private final Set<String> kinds;
  private final Map<String, Set<String>> nameWords;

  /**
   * Nouns by which a text about one company calls that company ("the Company", "the Group's chief
   * financial officer"): when no organisation is named in the window before them, they refer to the
   * document's subject ({@link DocumentSubject}), if it has one.
   */
  static final Set<String> CORPORATE = Set.of("company", "group");

  private final MentionIndex index;
  private final DocumentSubject subjects;
  private final DescribedKinds described;

  Descriptions(MentionIndex index) {
    this.index = index;
    this.subjects = new DocumentSubject(index);
    this.nouns = new HashSet<>();
    RuleFile.lines("org/newsgraph/extract/descriptions.txt").forEach(n -> nouns.add(n.strip()));
    this.missionReferences =
        Set.copyOf(RuleFile.lines("org/newsgraph/extract/mission-descriptions.txt"));
    this.kinds = Set.copyOf(RuleFile.lines("org/newsgraph/extract/kind-descriptions.txt"));
    Set<String> allNouns = new HashSet<>(nouns);
    allNouns.addAll(kinds);
    this.described = new DescribedKinds(index, allNouns);
    this.nameWords = new HashMap<>();
    for (String line : RuleFile.lines("org/newsgraph/extract/description-name-words.txt")) {
      List<String> words = List.of(line.strip().split("\\s+"));
      nameWords.put(words.get(0), Set.copyOf(words));
    }
  }

  /** The words whose presence in a name makes it a candidate for the description noun. */
  private Set<String> nameWords(String noun) {
    return nameWords.getOrDefault(noun, Set.of(noun));
  }

  /**
   * The organisation a one-word description in the given sentence of the document refers to, if it
   * is one; a sentence-initial "Its" is the subject of the sentence before ({@link
   * #subjectBefore}).
   */
  Optional<Entity> antecedent(AnnotatedDocument document, int sentence, TextSpan span) {
    if (span.text().equals("Its")) {
      return subjectBefore(document, sentence);
    }
    described.read(document);
    return antecedent(document.document().id(), sentence, span);
  }

  /** The organisation a one-word description in the given sentence refers to, if it is one. */
  Optional<Entity> antecedent(String docId, int sentence, TextSpan span) {
    String lower = span.text().toLowerCase(Locale.ROOT);
    boolean lowerCase = Character.isLowerCase(span.text().charAt(0));
    if ((lowerCase || lower.equals(PARTICIPANTS)) && missionReferences.contains(lower)) {
      return last(docId, sentence, span, this::isMission, WIDE_WINDOW);
    }
    Predicate<Entity> describedAs = entity -> described.kinds(docId, entity.id()).contains(lower);
    if (kinds.contains(lower)) {
      Predicate<Entity> ofKind =
          entity -> hasWord(entity, nameWords(lower)) || describedAs.test(entity);
      Optional<Entity> subject = subjects.of(docId).filter(ofKind);
      if (subject.isPresent() && namedBefore(docId, span, subject.get())) {
        return subject;
      }
      return bestNamed(docId, sentence, span, lower, describedAs);
    }
    if (lower.equals(MEMBERS)) {
      return subjects.of(docId);
    }
    if (nouns.contains(lower) || lower.equals(POSSESSIVE)) {
      Optional<Entity> subject =
          CORPORATE.contains(lower) ? subjects.of(docId) : Optional.<Entity>empty();
      if (subject.isPresent() && DocumentSubject.isCompany(subject.get())) {
        return subject;
      }
      if (!lower.equals(POSSESSIVE) && !CORPORATE.contains(lower)) {
        Optional<Entity> named = bestNamed(docId, sentence, span, lower, describedAs);
        if (named.isPresent()) {
          return named;
        }
      }
      int window = lower.equals(POSSESSIVE) ? POSSESSIVE_WINDOW : WINDOW;
      Optional<Entity> last = last(docId, sentence, span, entity -> true, window);
      if (last.isEmpty() && CORPORATE.contains(lower)) {
        last = last(docId, sentence, span, entity -> hasWord(entity, Set.of(lower)), WIDE_WINDOW);
      }
      return last.isEmpty() ? subject : last;
    }
    return Optional.empty();
  }

  /**
   * The organisation a sentence-initial "Its" refers to: the first organisation named in the
   * sentence before, its subject ("Acme Corp ... announced the plant at a ceremony at Bolt
   * University. Its chief executive, ..." is Acme's). A sentence before that opens with "It" or
   * "Its" continues the chain: the subject is that of the sentence before it, at most {@link
   * #CHAIN} sentences back.
   */
  private Optional<Entity> subjectBefore(AnnotatedDocument document, int sentence) {
    String docId = document.document().id();
    for (int before = sentence - 1; before >= 0 && sentence - before <= CHAIN; before--) {
      List<Token> tokens = document.sentences().get(before).tokens();
      boolean pronoun = !tokens.isEmpty() && Set.of("It", "Its").contains(tokens.get(0).word());
      if (!pronoun) {
        return firstInSentence(docId, before);
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation the pronoun "it" stands for as the subject of a statement about a seat ("It is
   * headquartered in Lyon", "Founded in 1988, it has been based in Lyon since 2001"): the
   * organisation named last before it in its own sentence, else the sentence before's first name
   * when that is an organisation's ("Acme, the Freedonian agency, ... . It is headquartered in
   * Lyon"; not when a name NER did not take for an organisation comes first: "The venture, named
   * Bolt Energy, will be owned by Acme. It will be based in Lyon" is Bolt's seat, not Acme's). Only
   * seat rules use it: a seat is had by an organisation, so "it" there is one.
   */
  Optional<Entity> seatPronoun(AnnotatedDocument document, int sentence, TextSpan span) {
    if (!span.text().equalsIgnoreCase("it")) {
      return Optional.empty();
    }
    String docId = document.document().id();
    Optional<Entity> inSentence = last(docId, sentence, span, entity -> true, 0);
    if (inSentence.isPresent() || sentence == 0) {
      return inSentence;
    }
    return index.mentions(docId).stream()
        .filter(m -> m.sentence() == sentence - 1)
        .min(java.util.Comparator.comparingInt(ResolvedMention::begin))
        .flatMap(m -> index.entity(m.entityId()))
        .filter(entity -> entity.type() == EntityType.ORGANIZATION);
  }

  /** How many sentences back a chain of sentence-initial "It"/"Its" may reach. */
  static final int CHAIN = 3;

  private Optional<Entity> firstInSentence(String docId, int sentence) {
    for (ResolvedMention mention : index.mentions(docId)) {
      Entity entity = index.entity(mention.entityId()).orElseThrow();
      if (mention.sentence() == sentence && entity.type() == EntityType.ORGANIZATION) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }

  /** Whether the document names the entity before the span. */
  private boolean namedBefore(String docId, TextSpan span, Entity entity) {
    return index.mentions(docId).stream()
        .anyMatch(m -> m.entityId().equals(entity.id()) && m.end() <= span.begin());
  }

  /**
   * The organisation a description noun refers to among those named before it within {@link
   * #WIDE_WINDOW} sentences whose name has the noun's word or which the text described so: one
   * whose name is headed by the word ("the festival": "Acme Film Festival", "Festival of Lyon")
   * before one that merely has it ("Festival Road Trust"), and either before one whose name has the
   * word only in the plural ("Coalition of Film Festivals", a body of many festivals); among
   * equals, the one named last.
   */
  private Optional<Entity> bestNamed(
      String docId, int sentence, TextSpan span, String noun, Predicate<Entity> describedAs) {
    Set<String> words = nameWords(noun);
    Predicate<Entity> test = entity -> hasWord(entity, words) || describedAs.test(entity);
    Optional<Entity> last = last(docId, sentence, span, test, WIDE_WINDOW);
    if (last.isEmpty()) {
      return last;
    }
    Entity best = last.get();
    int bestRank = rank(best, words, describedAs);
    int bestEnd = -1;
    for (ResolvedMention mention : index.mentions(docId)) {
      Entity entity = index.entity(mention.entityId()).orElseThrow();
      if (mention.end() > span.begin()
          || sentence - mention.sentence() > WIDE_WINDOW
          || entity.type() != EntityType.ORGANIZATION
          || isBareNoun(entity)
          || !test.test(entity)) {
        continue;
      }
      int rank = rank(entity, words, describedAs);
      if (rank > bestRank || (rank == bestRank && mention.end() > bestEnd)) {
        best = entity;
        bestRank = rank;
        bestEnd = mention.end();
      }
    }
    if (bestRank == 0) {
      return Optional.empty();
    }
    return Optional.of(preferred(docId, span, best, bestRank, words, test, describedAs));
  }

  /**
   * Among the organisations that fit a description as well as the one named last, the one the text
   * is about ({@link DocumentSubject}), else one it names at least {@link DocumentSubject#LEAD}
   * times as often and at least {@link DocumentSubject#MIN_MENTIONS} times ("the institute's
   * director" in a story about one institute that names another in passing); else the one named
   * last.
   */
  private Entity preferred(
      String docId,
      TextSpan span,
      Entity last,
      int lastRank,
      Set<String> words,
      Predicate<Entity> test,
      Predicate<Entity> describedAs) {
    Optional<Entity> subject = subjects.of(docId);
    if (subject.isPresent()
        && test.test(subject.get())
        && rank(subject.get(), words, describedAs) == lastRank
        && namedBefore(docId, span, subject.get())) {
      return subject.get();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      counts.merge(mention.entityId(), 1, Integer::sum);
    }
    int lastCount = counts.getOrDefault(last.id(), 0);
    Entity best = last;
    int bestCount = lastCount;
    for (ResolvedMention mention : index.mentions(docId)) {
      Entity entity = index.entity(mention.entityId()).orElseThrow();
      int count = counts.getOrDefault(entity.id(), 0);
      if (count > bestCount
          && count >= DocumentSubject.MIN_MENTIONS
          && count >= DocumentSubject.LEAD * lastCount
          && mention.end() <= span.begin()
          && entity.type() == EntityType.ORGANIZATION
          && !isBareNoun(entity)
          && test.test(entity)
          && rank(entity, words, describedAs) == lastRank) {
        best = entity;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * How well a name fits a description noun's words: 2 when its head noun is one, in the singular
   * (or the text described it so); 1 when another word of it is one; 0 when it has one only in the
   * plural.
   */
  private static int rank(Entity entity, Set<String> words, Predicate<Entity> describedAs) {
    if (describedAs.test(entity)) {
      return 2;
    }
    int rank = 0;
    Set<String> names = new HashSet<>(entity.aliases());
    names.add(entity.label());
    for (String name : names) {
      List<String> tokens = List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
      int head = tokens.size() - 1;
      for (int i = 1; i < tokens.size(); i++) {
        if (HEAD_ENDERS.contains(tokens.get(i))) {
          head = i - 1;
          break;
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (words.contains(tokens.get(i))) {
          rank = Math.max(rank, i == head ? 2 : 1);
        }
      }
    }
    return rank;
  }

  /** Words after a name's head noun ("Institute of ...", "Council for ..."). */
  private static final Set<String> HEAD_ENDERS =
      Set.of("of", "for", "on", "in", "de", "du", "des", "and", "&");

  /** The last organisation named before the span that passes the test, within the window. */
  private Optional<Entity> last(
      String docId, int sentence, TextSpan span, Predicate<Entity> test, int window) {
    Entity best = null;
    int bestEnd = -1;
    int bestSentence = -1;
    for (ResolvedMention mention : index.mentions(docId)) {
      Entity entity = index.entity(mention.entityId()).orElseThrow();
      boolean later = mention.end() <= span.begin() && mention.end() > bestEnd;
      if (later
          && entity.type() == EntityType.ORGANIZATION
          && !isBareNoun(entity)
          && test.test(entity)) {
        best = entity;
        bestEnd = mention.end();
        bestSentence = mention.sentence();
      }
    }
    return best != null && sentence - bestSentence <= window ? Optional.of(best) : Optional.empty();
  }

  /**
   * Whether the entity's name is a description noun alone ("Institute" of "The Institute's
   * director", which NER tagged as an organisation): a reference, not a name.
   */
  boolean isBareNoun(Entity entity) {
    String label = entity.label().toLowerCase(Locale.ROOT);
    return nouns.contains(label) || kinds.contains(label);
  }

  private boolean isMission(Entity entity) {
    return hasWord(entity, missionReferences);
  }

  /** Whether a name of the entity has one of the words (or its plural). */
  static boolean hasWord(Entity entity, Set<String> words) {
    Set<String> names = new HashSet<>(entity.aliases());
    names.add(entity.label());
    for (String name : names) {
      for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        if (words.contains(word) || words.contains(singular)) {
          return true;
        }
      }
    }
    return false;
  }
}
