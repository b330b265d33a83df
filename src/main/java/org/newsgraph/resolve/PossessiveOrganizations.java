package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;

/**
 * An organisation mention NER made of an owner, a possessive and a unit is two names: "the
 * University of Freedonia's Centre for Soil Research" names the university and its centre, "South
 * Sudan's Ministry of Health" a country and its ministry. The owner must hold an organisation word
 * ({@value OrganizationPhrases#WORDS}), be a country's name, or be a name the document also writes
 * on its own as a mention ("INSE's Directorate of Laboratories" beside "INSE"); the unit must be
 * two or more words starting with a capital, so party names like "Freedonian People's Party" stay
 * whole. A capitalised possessive pronoun that starts an organisation mention is no part of it
 * ("Its Institute for Water and Health").
 */
final class PossessiveOrganizations implements MentionRepair {

  private static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("Its", "Their", "His", "Her", "Our");

  private final Set<String> organizationWords;
  private final PlaceGazetteer places;

  PossessiveOrganizations(PlaceGazetteer places) {
    this.organizationWords = Set.copyOf(RuleFile.lines(OrganizationPhrases.WORDS));
    this.places = places;
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    Map<String, NerTag> named = new HashMap<>();
    for (NameMention mention : mentions) {
      named.putIfAbsent(NameKey.of(mention.text()), mention.ner());
    }
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      out.addAll(split(view, withoutPronoun(view, mention), named));
    }
    return out;
  }

  /** The mention without a capitalised possessive pronoun NER took into it. */
  private static NameMention withoutPronoun(DocumentView view, NameMention mention) {
    if (mention.ner() != NerTag.ORGANIZATION || mention.tokenEnd() - mention.tokenBegin() < 3) {
      return mention;
    }
    Sentence sentence = view.sentence(mention.sentence());
    if (!POSSESSIVE_PRONOUNS.contains(view.tokenText(sentence, mention.tokenBegin()))) {
      return mention;
    }
    return view.mention(
        sentence,
        mention.tokenBegin() + 1,
        mention.tokenEnd(),
        NerTag.ORGANIZATION,
        NameMention.Origin.REPAIRED);
  }

  private List<NameMention> split(
      DocumentView view, NameMention mention, Map<String, NerTag> named) {
    if (mention.ner() != NerTag.ORGANIZATION) {
      return List.of(mention);
    }
    Sentence sentence = view.sentence(mention.sentence());
    for (int k = mention.tokenBegin() + 1; k < mention.tokenEnd() - 2; k++) {
      String word = view.tokenText(sentence, k);
      if (!word.equals("'s") && !word.equals("’s")) {
        continue;
      }
      boolean ownerIsOrganization = false;
      for (int i = mention.tokenBegin(); i < k; i++) {
        ownerIsOrganization |=
            organizationWords.contains(view.tokenText(sentence, i).toLowerCase(Locale.ROOT));
      }
      String owner = view.spanText(sentence, mention.tokenBegin(), k);
      NerTag ownerType = ownerType(owner, ownerIsOrganization, named);
      String unitHead = view.tokenText(sentence, k + 1);
      if (ownerType != null && Character.isUpperCase(unitHead.charAt(0))) {
        return List.of(
            view.mention(sentence, mention.tokenBegin(), k, ownerType, NameMention.Origin.REPAIRED),
            view.mention(
                sentence,
                k + 1,
                mention.tokenEnd(),
                NerTag.ORGANIZATION,
                NameMention.Origin.REPAIRED));
      }
    }
    return List.of(mention);
  }

  /**
   * The type of the owner's own mention: a country for a country's name, the type the document
   * gives the name elsewhere, an organisation for a name with an organisation word; else none (no
   * owner).
   */
  private NerTag ownerType(String owner, boolean hasOrganizationWord, Map<String, NerTag> named) {
    if (places.country(owner).isPresent()) {
      return NerTag.COUNTRY;
    }
    if (hasOrganizationWord) {
      return NerTag.ORGANIZATION;
    }
    NerTag elsewhere = named.get(NameKey.of(owner));
    return elsewhere == NerTag.PERSON ? null : elsewhere;
  }
}
