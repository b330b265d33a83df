package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.CountryDemonyms;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Reads relation candidates (KBP and pattern rules) as observations about resolved entities: maps
 * each span to the entity it names, checks the relation's type signature and the checks of {@link
 * SlotMapping}, and asks {@link ModalityDetector} how the sentence states it.
 */
final class CandidateReader {

  /** Words that say where an organisation is based; KBP headquarters candidates need one. */
  private static final Set<String> HEADQUARTERS_CUES =
      Set.of("based", "headquartered", "headquarters", "hq", "seat", "host", "located");

  private static final int CUE_WINDOW = 3;

  /**
   * The rule "the Freedonia-led Operation X" (organizations.rules), whose subject may be a demonym.
   */
  private static final String LED_PREFIX = "pattern:join-led-prefix";

  private final SlotMapping mapping;
  private final ModalityDetector modality;
  private final MentionIndex index;
  private final Antecedents antecedents;
  private final KnownNames knownNames;
  private final Set<String> missionWords;
  private final Set<String> honorifics;
  private final Set<String> partNouns;
  private final GroupReferences groups;
  private final CountryDemonyms demonyms;

  CandidateReader(
      SlotMapping mapping, ModalityDetector modality, MentionIndex index, Antecedents antecedents) {
    this.mapping = mapping;
    this.modality = modality;
    this.index = index;
    this.antecedents = antecedents;
    this.knownNames = new KnownNames(index);
    this.missionWords = Set.copyOf(RuleFile.lines("org/newsgraph/extract/mission-words.txt"));
    this.honorifics = Set.copyOf(RuleFile.lines("org/newsgraph/extract/honorifics.txt"));
    this.partNouns = Set.copyOf(RuleFile.lines("org/newsgraph/extract/part-nouns.txt"));
    this.groups = new GroupReferences(index);
    this.demonyms = CountryDemonyms.loadDefault();
  }

  /** The observations one candidate supports (none when it fails a check). */
  List<Observation> read(AnnotatedDocument document, RelationCandidate candidate) {
    List<Observation> observations = new ArrayList<>();
    Sentence sentence = document.sentences().get(candidate.sentence());
    SentenceGraph graph = new SentenceGraph(sentence);
    for (SlotMapping.Reading reading :
        mapping.readings(candidate.extractor(), candidate.relation())) {
      TextSpan subjectSpan = reading.inverse() ? candidate.object() : candidate.subject();
      TextSpan objectSpan = reading.inverse() ? candidate.subject() : candidate.object();
      for (TextSpan span : subjectSpans(graph, reading, candidate.extractor(), subjectSpan)) {
        for (Optional<Entity> subject : subjects(document, candidate, span)) {
          read(document, candidate, graph, reading, subject, span, objectSpan)
              .ifPresent(observations::add);
        }
      }
    }
    return observations;
  }

  /**
   * The entities a subject span names: the entities a group named by its number refers back to
   * under a pattern rule ("All three remain members of ...", {@link GroupReferences}), else the one
   * entity it names or refers to (or none).
   */
  private List<Optional<Entity>> subjects(
      AnnotatedDocument document, RelationCandidate candidate, TextSpan span) {
    String docId = document.document().id();
    if (candidate.extractor().startsWith("pattern:")
        && GroupReferences.parse(span.text()).isPresent()
        && index.entityAt(docId, span).isEmpty()) {
      return groups.members(docId, document.document().text(), candidate.sentence(), span).stream()
          .map(Optional::of)
          .toList();
    }
    return List.of(
        index
            .entityAt(docId, span)
            .or(() -> knownNames.entityNamed(docId, document.document().text(), span))
            .filter(e -> !antecedents.isReference(e))
            .or(() -> antecedents.subject(document, candidate, span))
            .or(() -> demonymCountry(candidate, docId, span)));
  }

  /**
   * The country a demonym before "-led" stands for ("the French-led Operation X"), when the
   * document names that country.
   */
  private Optional<Entity> demonymCountry(
      RelationCandidate candidate, String docId, TextSpan span) {
    if (!candidate.extractor().equals(LED_PREFIX)) {
      return Optional.empty();
    }
    Optional<String> country = demonyms.countryOf(span.text());
    if (country.isEmpty()) {
      return Optional.empty();
    }
    for (ResolvedMention mention : index.mentions(docId)) {
      Optional<Entity> entity = index.entity(mention.entityId());
      if (entity.isPresent()
          && entity.get().type() == EntityType.COUNTRY
          && entity.get().label().equals(country.get())) {
        return entity;
      }
    }
    return Optional.empty();
  }

  private Optional<Observation> read(
      AnnotatedDocument document,
      RelationCandidate candidate,
      SentenceGraph graph,
      SlotMapping.Reading reading,
      Optional<Entity> subject,
      TextSpan subjectSpan,
      TextSpan objectSpan) {
    String docId = document.document().id();
    Relation relation = reading.relation();
    if (subject.isEmpty() || !Signature.subject(relation, subject.get().type())) {
      return Optional.empty();
    }
    int[] subjectRange = graph.tokenRange(subjectSpan);
    int[] objectRange = graph.tokenRange(objectSpan);
    String object;
    if (relation.hasLiteralObject()) {
      Token before = objectRange[0] > 0 ? graph.tokens().get(objectRange[0] - 1) : null;
      String titleText = withPortfolio(graph, objectRange, document.document().text(), objectSpan);
      object = TitleText.of(titleText, before, document.document().text());
      if (object.isEmpty() || isCut(graph, objectRange, subjectRange)) {
        return Optional.empty();
      }
    } else {
      Optional<Entity> target =
          index
              .entityAt(docId, objectSpan)
              .or(() -> knownNames.entityNamed(docId, document.document().text(), objectSpan))
              .filter(e -> !antecedents.isReference(e))
              .or(() -> antecedents.object(document, candidate, objectSpan));
      if (ownerTakenForPerson(candidate, relation, subject.get(), target)) {
        Optional<Entity> owner = knownNames.organizationByShortName(docId, objectSpan);
        if (owner.isPresent()) {
          target = owner;
        }
      }
      if (target.isEmpty()
          || target.get().id().equals(subject.get().id())
          || !Signature.object(relation, subject.get().type(), target.get().type())) {
        return Optional.empty();
      }
      if (candidate.extractor().startsWith("pattern:event") && !namesMission(target.get())) {
        return Optional.empty();
      }
      object = target.get().id();
      relation = joinedRelation(candidate.extractor(), relation, target.get());
      if (!Signature.subject(relation, subject.get().type())) {
        return Optional.empty();
      }
    }
    if (!passes(reading.check(), graph, subjectRange, objectRange)
        || (relation == Relation.HEADQUARTERS && namesAPart(graph, subjectRange))) {
      return Optional.empty();
    }
    Sentence sentence = graph.sentence();
    Evidence evidence =
        new Evidence(
            docId,
            sentence.index(),
            sentence.begin(),
            sentence.end(),
            document.document().text().substring(sentence.begin(), sentence.end()),
            candidate.extractor(),
            candidate.confidence());
    return Optional.of(
        new Observation(
            subject.get().id(),
            relation,
            object,
            basedModifier(relation, graph, objectRange)
                ? Modality.ASSERTED
                : modality.modality(graph, subjectRange, objectRange),
            evidence));
  }

  /**
   * Whether the object of a pattern rule's employer candidate is an owner NER took for a person:
   * "Acme's chief executive, Jane Doe" where "Acme" resolved to a person (a person entity "Acme",
   * or Jane Doe herself when her surname is the company's name) or to nothing. An employer is an
   * organisation or a country, so the span is rather a company's short name ({@link
   * KnownNames#organizationByShortName}).
   */
  private static boolean ownerTakenForPerson(
      RelationCandidate candidate, Relation relation, Entity subject, Optional<Entity> target) {
    return relation == Relation.EMPLOYER
        && candidate.extractor().startsWith("pattern:")
        && (target.isEmpty()
            || target.get().type() == EntityType.PERSON
            || target.get().id().equals(subject.id()));
  }

  /**
   * The subject span and, for group relations (membership, participation), the spans of the
   * subject's conjuncts: "A, B and C, known as the X" makes A, B and C members.
   */
  private static List<TextSpan> subjectSpans(
      SentenceGraph graph, SlotMapping.Reading reading, String extractor, TextSpan subject) {
    List<TextSpan> spans = new ArrayList<>();
    spans.add(subject);
    boolean group =
        reading.relation() == Relation.MEMBER_OF || reading.relation() == Relation.PARTICIPANT_IN;
    if (!group || extractor.equals("kbp")) {
      return spans;
    }
    int[] range = graph.tokenRange(subject);
    for (int token : graph.conjuncts(range)) {
      Token t = graph.tokens().get(token);
      spans.add(new TextSpan(t.begin(), t.end(), t.word()));
    }
    for (int[] item : graph.listedAfter(range)) {
      Token first = graph.tokens().get(item[0]);
      Token last = graph.tokens().get(item[1] - 1);
      spans.add(new TextSpan(first.begin(), last.end(), first.word()));
    }
    return spans;
  }

  /**
   * The title's text with the portfolio NER left untagged after it: "Minister" + "for Foreign
   * Affairs" (capitalised words, "and" between them; not a country or organisation mention, which
   * is what the office is of: "Prime Minister of Freedonia" stays "prime minister").
   */
  private static String withPortfolio(
      SentenceGraph graph, int[] title, String documentText, TextSpan span) {
    List<Token> tokens = graph.tokens();
    int at = title[1];
    boolean portfolioNext =
        at + 1 < tokens.size()
            && (Set.of("of", "for").contains(tokens.get(at).word())
                || (tokens.get(at).word().equals("and") && span.text().matches(".* (of|for) .*")));
    if (!portfolioNext) {
      return span.text();
    }
    int end = at + 1;
    while (end < tokens.size() && isPortfolioWord(tokens, end)) {
      end++;
    }
    if (end == at + 1
        || tokens.get(end - 1).ner() != NerTag.O
        || !Character.isUpperCase(tokens.get(end - 1).word().codePointAt(0))) {
      return span.text();
    }
    return documentText.substring(span.begin(), tokens.get(end - 1).end());
  }

  private static boolean isPortfolioWord(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    boolean capitalised = Character.isUpperCase(token.word().codePointAt(0));
    boolean joining =
        token.word().equals("and")
            && i + 1 < tokens.size()
            && tokens.get(i + 1).ner() == NerTag.O
            && Character.isUpperCase(tokens.get(i + 1).word().codePointAt(0));
    return token.ner() == NerTag.O && (capitalised || joining);
  }

  /**
   * Whether a title span stops before the end of the title: a capitalised word follows that is not
   * the person's name ("Secretary of National" + "Defense") nor an honorific right before it
   * ("Admiral" + "Sir" + the name; {@code honorifics.txt}).
   */
  private boolean isCut(SentenceGraph graph, int[] title, int[] person) {
    if (title[1] >= graph.tokens().size() || title[1] == person[0]) {
      return false;
    }
    Token next = graph.tokens().get(title[1]);
    if (title[1] + 1 == person[0] && honorifics.contains(next.word())) {
      return false;
    }
    return Character.isUpperCase(next.word().codePointAt(0)) && next.ner() != NerTag.PERSON;
  }

  /**
   * Joining a mission or programme is participation, joining anything else membership: rules named
   * {@code join*} propose participantIn, turned into memberOf when no name of the object has a word
   * of {@code mission-words.txt}.
   */
  private Relation joinedRelation(String extractor, Relation relation, Entity object) {
    if (relation != Relation.PARTICIPANT_IN || !extractor.startsWith("pattern:join")) {
      return relation;
    }
    return namesMission(object) ? relation : Relation.MEMBER_OF;
  }

  /**
   * Whether a name of the entity has a word of {@code mission-words.txt}: it names a mission,
   * operation, programme or meeting. Rules named {@code event*} ("A attended the X") count only for
   * such objects.
   */
  private boolean namesMission(Entity object) {
    List<String> names = new ArrayList<>(object.aliases());
    names.add(object.label());
    for (String name : names) {
      for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (missionWords.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean passes(
      SlotMapping.Check check, SentenceGraph graph, int[] subject, int[] object) {
    return switch (check) {
      case NONE -> true;
      case LINKED -> graph.linked(subject, object);
      case OFFICE -> graph.linked(subject, object) && titleNear(graph, subject, object);
      case CUE ->
          cueNear(graph, subject, object)
              && !organizationBetween(graph, subject, object)
              && !semicolonBetween(graph, subject, object);
    };
  }

  /** Whether a TITLE token lies between the ranges or right next to either. */
  private static boolean titleNear(SentenceGraph graph, int[] a, int[] b) {
    int from = Math.max(0, Math.min(a[0], b[0]) - 1);
    int to = Math.min(graph.tokens().size(), Math.max(a[1], b[1]) + 1);
    for (int i = from; i < to; i++) {
      if (graph.tokens().get(i).ner() == NerTag.TITLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another organisation is named between the ranges: "A and B, whose headquarters are in
   * X", "A ... B, a group based in X" say where B is, not A.
   */
  private static boolean organizationBetween(SentenceGraph graph, int[] a, int[] b) {
    int from = Math.min(a[1], b[1]);
    int to = Math.max(a[0], b[0]);
    for (int i = from; i < to; i++) {
      if (graph.tokens().get(i).ner() == NerTag.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the organisation is named as the whole a part belongs to: "an institution of X based
   * in", "the X institution" (part-nouns.txt), so that a seat said next to it is the part's. Not
   * when a description in apposition follows ("a subsidiary of X, a group based in Lyon"): that
   * seat is X's.
   */
  private boolean namesAPart(SentenceGraph graph, int[] subject) {
    boolean apposition =
        subject[1] < graph.tokens().size()
            && Set.of(",", "(", "-lrb-").contains(graph.lowerWord(subject[1]));
    boolean partBefore =
        subject[0] >= 2
            && !apposition
            && graph.lowerWord(subject[0] - 1).equals("of")
            && partNouns.contains(graph.lowerWord(subject[0] - 2));
    boolean partAfter =
        subject[1] < graph.tokens().size()
            && partNouns.contains(graph.tokens().get(subject[1]).word());
    return partBefore || partAfter;
  }

  /**
   * Whether a semicolon stands between the ranges: in "A of Lyon; B, based in Quito; C" the items
   * of a semicolon list each carry their own seat.
   */
  private static boolean semicolonBetween(SentenceGraph graph, int[] a, int[] b) {
    int from = Math.min(a[1], b[1]);
    int to = Math.max(a[0], b[0]);
    for (int i = from; i < to; i++) {
      if (graph.lowerWord(i).equals(";")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a seat is stated by a "Lyon-based" modifier: "the Lyon-based group" presupposes the
   * seat, so a negation or hypothesis around it ("could join the Lyon-based group", "is not a
   * member of the Lyon-based commission") is not about the seat.
   */
  private static boolean basedModifier(Relation relation, SentenceGraph graph, int[] object) {
    if (relation != Relation.HEADQUARTERS || object[1] + 1 >= graph.tokens().size()) {
      return false;
    }
    return graph.lowerWord(object[1]).equals("-") && graph.lowerWord(object[1] + 1).equals("based");
  }

  private static boolean cueNear(SentenceGraph graph, int[] a, int[] b) {
    int from = Math.max(0, Math.min(a[0], b[0]) - CUE_WINDOW);
    int to = Math.min(graph.tokens().size(), Math.max(a[1], b[1]) + CUE_WINDOW);
    for (int i = from; i < to; i++) {
      if (HEADQUARTERS_CUES.contains(graph.lowerWord(i))) {
        return true;
      }
    }
    return false;
  }
}
