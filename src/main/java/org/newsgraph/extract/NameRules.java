package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NameKey;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Facts read from the structure of names, supported by each document that uses the name:
 *
 * <ul>
 *   <li>part_of: an organisation named after another plus more words ("Acme Research" part of
 *       "Acme" when both are organisations and the document names "Acme" first or both in one
 *       sentence), or a named kind of another ("Maritime Self-Defense Force" part of "Self-Defense
 *       Forces": the other's name, singular or plural, after one or two words that are not a
 *       country's name or demonym);
 *   <li>located_in: a place named by a direction and another place ("Eastern Europe" in "Europe").
 * </ul>
 *
 * Ministers and their ministries are {@link MinistryRule}'s.
 */
final class NameRules implements FactRule {

  /** Confidence of a fact read from names alone. */
  static final double NAME_CONFIDENCE = 0.6;

  private static final Set<String> DIRECTIONS =
      Set.of(
          "eastern",
          "western",
          "northern",
          "southern",
          "central",
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "upper",
          "lower");

  /** The observations and those from names of entities mentioned in the documents. */
  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(context.documents(), context.index()));
  }

  private static List<Observation> infer(List<AnnotatedDocument> documents, MentionIndex index) {
    Set<String> nationWords = nationWords(documents, index);
    List<Observation> inferred = new ArrayList<>();
    for (AnnotatedDocument document : documents) {
      Map<String, ResolvedMention> first = firstMentions(document.document().id(), index);
      Map<String, ResolvedMention> earliest = earliestMentions(document.document().id(), index);
      Map<String, Set<Integer>> sentences = sentencesOf(document.document().id(), index);
      for (ResolvedMention a : first.values()) {
        for (ResolvedMention b : first.values()) {
          Entity child = index.entity(a.entityId()).orElseThrow();
          Entity parent = index.entity(b.entityId()).orElseThrow();
          if (child.id().equals(parent.id())) {
            continue;
          }
          boolean parentFirst =
              before(earliest.get(parent.id()), earliest.get(child.id()))
                  || !Collections.disjoint(sentences.get(parent.id()), sentences.get(child.id()));
          if (isPart(child, parent, nationWords, parentFirst)) {
            inferred.add(observation(document, a, Relation.PART_OF, parent.id(), "rule:name-part"));
          }
          if (isDirectionalPart(child, parent)) {
            inferred.add(
                observation(document, a, Relation.LOCATED_IN, parent.id(), "rule:name-direction"));
          }
        }
      }
    }
    return inferred;
  }

  private static Map<String, ResolvedMention> firstMentions(String docId, MentionIndex index) {
    Map<String, ResolvedMention> first = new LinkedHashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      first.putIfAbsent(mention.entityId() + "\u0000" + NameKey.of(mention.text()), mention);
    }
    return first;
  }

  /** Each entity's first mention in the document. */
  private static Map<String, ResolvedMention> earliestMentions(String docId, MentionIndex index) {
    Map<String, ResolvedMention> earliest = new LinkedHashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      earliest.merge(mention.entityId(), mention, (old, next) -> before(next, old) ? next : old);
    }
    return earliest;
  }

  /** The sentences that name each entity in the document. */
  private static Map<String, Set<Integer>> sentencesOf(String docId, MentionIndex index) {
    Map<String, Set<Integer>> sentences = new HashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      sentences.computeIfAbsent(mention.entityId(), id -> new HashSet<>()).add(mention.sentence());
    }
    return sentences;
  }

  /** Whether mention a comes before mention b in the document. */
  private static boolean before(ResolvedMention a, ResolvedMention b) {
    return a.sentence() < b.sentence() || a.sentence() == b.sentence() && a.begin() < b.begin();
  }

  /** Names and demonyms of the countries, as normal forms. */
  private static Set<String> nationWords(List<AnnotatedDocument> documents, MentionIndex index) {
    Set<String> words = new HashSet<>();
    for (AnnotatedDocument document : documents) {
      for (ResolvedMention mention : index.mentions(document.document().id())) {
        if (index.entity(mention.entityId()).orElseThrow().type() == EntityType.COUNTRY) {
          words.add(NameKey.of(mention.text()));
        }
      }
    }
    return words;
  }

  /**
   * Whether the child's name says it is a part of the parent. A longer name that starts with the
   * parent's counts only when the document names the parent first ("Acme said its unit Acme
   * Research ...") or names both in one sentence ("Acme UK, the British arm of Acme"): a full name
   * followed, in later sentences only, by its short form ("Acme Biopharma ... Acme said") is one
   * organisation the resolver left in two.
   */
  private static boolean isPart(
      Entity child, Entity parent, Set<String> nationWords, boolean parentFirst) {
    if (child.type() != EntityType.ORGANIZATION || parent.type() != EntityType.ORGANIZATION) {
      return false;
    }
    for (String childForm : EntityNames.keys(child)) {
      for (String parentForm : EntityNames.keys(parent)) {
        if (parentFirst && startsWithName(childForm, parentForm)
            || endsWithKind(childForm, parentForm, nationWords)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "acme research" starts with "acme" (whole words, something after). */
  private static boolean startsWithName(String child, String parent) {
    return child.startsWith(parent + " ");
  }

  /** "ground self defense force" is one or two non-nation words + "self defense force(s)". */
  private static boolean endsWithKind(String child, String parent, Set<String> nationWords) {
    String childName = NameKey.singularOf(child);
    String parentName = NameKey.singularOf(parent);
    if (!parentName.contains(" ") || !childName.endsWith(" " + parentName)) {
      return false;
    }
    String[] modifiers =
        childName.substring(0, childName.length() - parentName.length()).strip().split(" ");
    List<String> kept = new ArrayList<>();
    for (String modifier : modifiers) {
      if (!nationWords.contains(modifier)) {
        kept.add(modifier);
      }
    }
    return !kept.isEmpty() && kept.size() <= 2;
  }

  private static boolean isDirectionalPart(Entity child, Entity parent) {
    boolean place = child.type() == EntityType.PLACE || child.type() == EntityType.CITY;
    boolean container = parent.type() == EntityType.PLACE || parent.type() == EntityType.COUNTRY;
    if (!place || !container) {
      return false;
    }
    for (String childForm : EntityNames.keys(child)) {
      int space = childForm.indexOf(' ');
      if (space > 0 && DIRECTIONS.contains(childForm.substring(0, space))) {
        String rest = childForm.substring(space + 1);
        if (EntityNames.keys(parent).contains(rest)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Observation observation(
      AnnotatedDocument document,
      ResolvedMention mention,
      Relation relation,
      String object,
      String extractor) {
    var sentence = document.sentences().get(mention.sentence());
    String text = document.document().text().substring(sentence.begin(), sentence.end());
    return new Observation(
        mention.entityId(),
        relation,
        object,
        Modality.ASSERTED,
        new Evidence(
            document.document().id(),
            sentence.index(),
            sentence.begin(),
            sentence.end(),
            text,
            extractor,
            NAME_CONFIDENCE));
  }
}
