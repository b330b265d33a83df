package org.newsgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The learned relation classifier as a fact rule: every ordered pair of entities named in one
 * sentence whose types fit one of the {@link #RELATIONS} is a candidate; its {@link
 * RelationFeatures} go to that relation's classifier ({@link RelationModel}), and a probability at
 * or above the relation's threshold adds an observation (extractor {@code learned:RELATION},
 * confidence the probability, modality from {@link ModalityDetector}) unless an earlier extractor
 * already observed the same fact. With a dump file, every candidate is also written there with its
 * features, for training ({@link RelationTrainer}, {@code scripts/train-relations.sh}).
 */
final class LearnedRelations implements FactRule {

  /** The relations the classifier proposes. */
  static final Set<Relation> RELATIONS =
      EnumSet.of(
          Relation.EMPLOYER,
          Relation.MEMBER_OF,
          Relation.PART_OF,
          Relation.PARTICIPANT_IN,
          Relation.LEADER,
          Relation.HEADQUARTERS,
          Relation.LOCATED_IN,
          Relation.CITIZENSHIP);

  private final Optional<RelationModel> model;
  private final ModalityDetector modality;
  private final Optional<Path> dump;

  /**
   * @param model the classifiers, or empty to add nothing (with a dump: only write candidates)
   * @param modality the modality cues
   * @param dump the file every candidate is written to, or empty
   */
  LearnedRelations(Optional<RelationModel> model, ModalityDetector modality, Optional<Path> dump) {
    this.model = model;
    this.modality = modality;
    this.dump = dump;
  }

  /** One candidate pair: its sentence, entities, token ranges and features. */
  record Candidate(
      String docId,
      Sentence sentence,
      Entity subject,
      Entity object,
      int[] subjectRange,
      int[] objectRange,
      Set<Relation> relations,
      List<String> features) {}

  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    Set<String> known = new HashSet<>();
    observations.forEach(o -> known.add(key(o.subjectId(), o.relation(), o.object())));
    KnownFacts facts = KnownFacts.of(observations);
    List<Observation> added = new ArrayList<>();
    StringBuilder rows = new StringBuilder();
    for (AnnotatedDocument document : context.documents()) {
      for (Candidate candidate : candidates(document, context.index(), facts)) {
        if (dump.isPresent()) {
          rows.append(row(candidate, known));
        }
        model.ifPresent(m -> added.addAll(guesses(m, candidate, known, context)));
      }
    }
    dump.ifPresent(file -> write(file, rows.toString()));
    Map<String, Observation> unique = new LinkedHashMap<>();
    for (Observation o : added) {
      unique.putIfAbsent(
          o.evidence().docId()
              + "#"
              + o.evidence().sentence()
              + "#"
              + key(o.subjectId(), o.relation(), o.object()),
          o);
    }
    return FactRule.plus(observations, List.copyOf(unique.values()));
  }

  private List<Observation> guesses(
      RelationModel m, Candidate candidate, Set<String> known, ExtractionContext context) {
    List<Observation> result = new ArrayList<>();
    for (Relation relation : candidate.relations()) {
      if (known.contains(key(candidate.subject().id(), relation, candidate.object().id()))) {
        continue;
      }
      double p = m.probability(relation, candidate.features());
      if (!m.accepts(relation, p)) {
        continue;
      }
      Sentence sentence = candidate.sentence();
      SentenceGraph graph = new SentenceGraph(sentence);
      String text = context.textOf(candidate.docId());
      result.add(
          new Observation(
              candidate.subject().id(),
              relation,
              candidate.object().id(),
              modality.modality(graph, candidate.subjectRange(), candidate.objectRange()),
              new Evidence(
                  candidate.docId(),
                  sentence.index(),
                  sentence.begin(),
                  sentence.end(),
                  text.substring(sentence.begin(), sentence.end()),
                  "learned:" + relation.localName(),
                  Math.min(p, 0.95))));
    }
    return result;
  }

  /**
   * What the earlier extractors found, as features of a pair: the relations each entity already has
   * as subject and as object with other entities, and the relations already found between the two
   * (either way). General signals: a person with an employer found by a rule rarely has a second
   * one in the same sentence; a person employed by an organisation may lead it.
   */
  record KnownFacts(
      Map<String, Set<String>> asSubject,
      Map<String, Set<String>> asObject,
      Map<String, Set<String>> between) {

    static final KnownFacts NONE = new KnownFacts(Map.of(), Map.of(), Map.of());

    static KnownFacts of(List<Observation> observations) {
      Map<String, Set<String>> subject = new HashMap<>();
      Map<String, Set<String>> object = new HashMap<>();
      Map<String, Set<String>> pairs = new HashMap<>();
      for (Observation o : observations) {
        if (o.modality() != Modality.ASSERTED) {
          continue;
        }
        String name = o.relation().localName();
        subject.computeIfAbsent(o.subjectId(), k -> new TreeSet<>()).add(name);
        if (o.relation().hasLiteralObject()) {
          continue;
        }
        object.computeIfAbsent(o.object(), k -> new TreeSet<>()).add(name);
        pairs.computeIfAbsent(o.subjectId() + "\t" + o.object(), k -> new TreeSet<>()).add(name);
        pairs
            .computeIfAbsent(o.object() + "\t" + o.subjectId(), k -> new TreeSet<>())
            .add(name + "-inverse");
      }
      return new KnownFacts(subject, object, pairs);
    }

    List<String> features(String subjectId, String objectId) {
      List<String> result = new ArrayList<>();
      Set<String> pair = between.getOrDefault(subjectId + "\t" + objectId, Set.of());
      pair.forEach(r -> result.add("known-pair=" + r));
      asSubject.getOrDefault(subjectId, Set.of()).forEach(r -> result.add("known-subject=" + r));
      asObject.getOrDefault(objectId, Set.of()).forEach(r -> result.add("known-object=" + r));
      if (pair.isEmpty()) {
        result.add("known-pair=none");
      }
      return result;
    }
  }

  /** The candidate pairs of a document, sentence by sentence. */
  static List<Candidate> candidates(
      AnnotatedDocument document, MentionIndex index, KnownFacts facts) {
    String docId = document.document().id();
    Map<Integer, List<ResolvedMention>> bySentence = new TreeMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      bySentence.computeIfAbsent(mention.sentence(), s -> new ArrayList<>()).add(mention);
    }
    List<Candidate> result = new ArrayList<>();
    for (Map.Entry<Integer, List<ResolvedMention>> entry : bySentence.entrySet()) {
      if (entry.getKey() < 0 || entry.getKey() >= document.sentences().size()) {
        continue;
      }
      Sentence sentence = document.sentences().get(entry.getKey());
      result.addAll(candidates(docId, sentence, entry.getValue(), index, facts));
    }
    return result;
  }

  private static List<Candidate> candidates(
      String docId,
      Sentence sentence,
      List<ResolvedMention> mentions,
      MentionIndex index,
      KnownFacts facts) {
    SentenceGraph graph = new SentenceGraph(sentence);
    Map<String, List<ResolvedMention>> byEntity = new TreeMap<>();
    mentions.forEach(m -> byEntity.computeIfAbsent(m.entityId(), e -> new ArrayList<>()).add(m));
    List<Candidate> result = new ArrayList<>();
    for (String subjectId : byEntity.keySet()) {
      for (String objectId : byEntity.keySet()) {
        if (subjectId.equals(objectId)) {
          continue;
        }
        Optional<Entity> subject = index.entity(subjectId);
        Optional<Entity> object = index.entity(objectId);
        if (subject.isEmpty() || object.isEmpty()) {
          continue;
        }
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        for (Relation relation : RELATIONS) {
          if (Signature.subject(relation, subject.get().type())
              && Signature.object(relation, subject.get().type(), object.get().type())) {
            relations.add(relation);
          }
        }
        if (relations.isEmpty()) {
          continue;
        }
        ResolvedMention[] pair = closest(byEntity.get(subjectId), byEntity.get(objectId));
        int[] subjectRange = graph.tokenRange(span(pair[0]));
        int[] objectRange = graph.tokenRange(span(pair[1]));
        if (subjectRange[1] == 0
            || objectRange[1] == 0
            || (subjectRange[0] < objectRange[1] && objectRange[0] < subjectRange[1])) {
          continue;
        }
        int begin = Math.min(pair[0].end(), pair[1].end());
        int end = Math.max(pair[0].begin(), pair[1].begin());
        int between =
            (int)
                mentions.stream()
                    .filter(m -> m.begin() >= begin && m.end() <= end)
                    .filter(m -> !m.entityId().equals(subjectId) && !m.entityId().equals(objectId))
                    .count();
        List<String> features = new ArrayList<>();
        features.addAll(
            RelationFeatures.of(
                graph,
                subjectRange,
                objectRange,
                subject.get().type(),
                object.get().type(),
                between,
                sentence.index()));
        features.addAll(facts.features(subjectId, objectId));
        if (!named(pair[0], subject.get())) {
          features.add("subject-not-by-name");
        }
        if (!named(pair[1], object.get())) {
          features.add("object-not-by-name");
        }
        result.add(
            new Candidate(
                docId,
                sentence,
                subject.get(),
                object.get(),
                subjectRange,
                objectRange,
                relations,
                features));
      }
    }
    return result;
  }

  /** The mention of each entity that lie closest to each other. */
  private static ResolvedMention[] closest(List<ResolvedMention> a, List<ResolvedMention> b) {
    ResolvedMention[] best = {a.get(0), b.get(0)};
    int gap = Integer.MAX_VALUE;
    for (ResolvedMention x : a) {
      for (ResolvedMention y : b) {
        int g = Math.max(x.begin(), y.begin()) - Math.min(x.end(), y.end());
        if (g < gap) {
          gap = g;
          best = new ResolvedMention[] {x, y};
        }
      }
    }
    return best;
  }

  /** Whether a mention is one of its entity's names (not a demonym such as "Freedonian"). */
  private static boolean named(ResolvedMention mention, Entity entity) {
    String text = mention.text().toLowerCase(Locale.ROOT);
    return entity.label().toLowerCase(Locale.ROOT).equals(text)
        || entity.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(text));
  }

  private static TextSpan span(ResolvedMention mention) {
    return new TextSpan(mention.begin(), mention.end(), mention.text());
  }

  private static String key(String subject, Relation relation, String object) {
    return subject + "\t" + relation + "\t" + object;
  }

  /**
   * A dump line: document, sentence, subject id, type and names (label and aliases joined by "|"),
   * the same for the object, the relations the types allow and those an earlier extractor found
   * (scorer names, comma-separated), then the features, all tab-separated.
   */
  private static String row(Candidate c, Set<String> known) {
    List<String> allowed = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Relation relation : c.relations()) {
      String name = relation.name().toLowerCase(Locale.ROOT);
      allowed.add(name);
      if (known.contains(key(c.subject().id(), relation, c.object().id()))) {
        found.add(name);
      }
    }
    List<String> columns = new ArrayList<>();
    columns.add(c.docId());
    columns.add(String.valueOf(c.sentence().index()));
    columns.add(c.subject().id());
    columns.add(c.subject().type().name());
    columns.add(names(c.subject()));
    columns.add(c.object().id());
    columns.add(c.object().type().name());
    columns.add(names(c.object()));
    columns.add(String.join(",", allowed));
    columns.add(String.join(",", found));
    columns.addAll(c.features());
    return String.join("\t", columns).replace("\n", " ") + "\n";
  }

  private static String names(Entity entity) {
    List<String> names = new ArrayList<>();
    names.add(entity.label());
    names.addAll(entity.aliases());
    return String.join("|", names).replace("\t", " ");
  }

  private static void write(Path file, String rows) {
    try {
      Files.writeString(file, rows, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the candidate dump " + file, e);
    }
  }
}
