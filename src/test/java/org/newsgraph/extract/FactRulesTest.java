package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/** The fact rules of {@link FactExtractor}: their default order and custom lists. */
class FactRulesTest {

  /** A minister whose ministry the document names: the ministry rule makes the minister lead it. */
  private static final AnnotatedDocument MINISTER =
      new DocBuilder("a.txt")
          .sentence(
              "Defence/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON"
                  + " spoke/VBD/O ././O")
          .sentence(
              "The/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Defense/NNP/ORGANIZATION"
                  + " agreed/VBD/O ././O")
          .build();

  /** Gives every leader the title "head", from the leader observations of the rules before it. */
  private static final FactRule HEAD_TITLES =
      (observations, context) ->
          FactRule.plus(
              observations,
              observations.stream()
                  .filter(o -> o.relation() == Relation.LEADER)
                  .map(
                      o ->
                          new Observation(
                              o.object(), Relation.TITLE, "head", o.modality(), o.evidence()))
                  .toList());

  @Test
  void theDefaultRulesRunInTheirOrder() {
    assertEquals(
        List.of(
            TruncatedTitles.class,
            DatelineCountry.class,
            DocumentCountry.class,
            CompanyOfficers.class,
            SubjectOffices.class,
            LeaderRule.class,
            NameRules.class,
            MinistryRule.class,
            Successions.class),
        new FactExtractor().rules().stream().map(Object::getClass).toList());
  }

  @Test
  void aRuleAddedToTheDefaultListSeesWhatTheRulesBeforeItAdded() {
    List<FactRule> rules = new ArrayList<>(FactExtractor.defaultRules());
    rules.add(HEAD_TITLES);

    Set<String> expected = new TreeSet<>(Extraction.asserted(MINISTER));
    expected.add("person/ana-lobo title head");
    assertEquals(expected, Extraction.asserted(new FactExtractor(rules), MINISTER));
  }

  @Test
  void aCustomListRunsOnlyItsRules() {
    assertEquals(
        Set.of("person/ana-lobo title defence minister"),
        Extraction.asserted(new FactExtractor(List.of(HEAD_TITLES)), MINISTER));
  }
}
