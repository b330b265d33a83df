package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Offices named with "as", with a state's formal style, before the name in apposition, after an
 * appointment verb; ranks and honorifics before names.
 */
class PeopleOfficeFactsTest {

  @Test
  void aStatesOfficeWithItsFormalStyleGivesEmployerAndCitizenship() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Talks/NNS/O honoured/VBD/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O former/JJ/O"
                    + " President/NNP/TITLE of/IN/O the/DT/O Republic/NNP/LOCATION of/IN/LOCATION"
                    + " Peru/NNP/COUNTRY ,/,/O who/WP/O died/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo employer country/peru"), facts.toString());
    assertTrue(facts.contains("person/ana-lobo citizenship country/peru"), facts.toString());
  }

  @Test
  void aPersonNamedAsAnOfficeHoldsIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Other/JJ/O appointments/NNS/O include/VBP/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O"
                    + " a/DT/O retired/JJ/O judge/NN/TITLE ,/,/O as/IN/O interior/JJ/TITLE"
                    + " minister/NN/TITLE and/CC/O Rui/NNP/PERSON Paz/NNP/PERSON as/IN/O"
                    + " health/NN/TITLE minister/NN/TITLE ././O")
            .sentence(
                "The/DT/O summit/NN/O congratulated/VBD/O Eva/NNP/PERSON Sol/NNP/PERSON on/IN/O"
                    + " her/PRP$/O re-election/NN/O as/IN/O President/NNP/TITLE of/IN/O"
                    + " Norland/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title interior minister"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title health minister"), facts.toString());
    assertTrue(facts.contains("person/eva-sol title president"), facts.toString());
    assertTrue(facts.contains("person/eva-sol employer country/norland"), facts.toString());
    assertTrue(facts.contains("person/eva-sol citizenship country/norland"), facts.toString());
    assertTrue(facts.contains("country/norland leader person/eva-sol"), facts.toString());
  }

  @Test
  void aPersonElectedToAnOfficeOfAnOrganisationLeadsIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON has/VBZ/O been/VBN/O elected/VBN/O"
                    + " president/NN/TITLE of/IN/O the/DT/O Freedonian/NNP/LOCATION"
                    + " Rowing/NNP/LOCATION Federation/NNP/LOCATION ,/,/O defeating/VBG/O"
                    + " Rui/NNP/PERSON Paz/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title president"), facts.toString());
    assertTrue(
        facts.contains("person/ana-lobo employer organization/freedonian-rowing-federation"),
        facts.toString());
    assertTrue(
        facts.contains("organization/freedonian-rowing-federation leader person/ana-lobo"),
        facts.toString());
    assertFalse(facts.toString().contains("person/rui-paz"), facts.toString());
  }

  @Test
  void anOfficeBeforeTheNameInAppositionGivesEmployerAndCitizenship() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Ambassador/NNP/TITLE of/IN/O Freedonia/NNP/COUNTRY in/IN/O"
                    + " Lyon/NNP/CITY ,/,/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O and/CC/O"
                    + " the/DT/O Chief/NNP/O of/IN/O the/DT/O FDF/NNP/ORGANIZATION ,/,/O"
                    + " General/NNP/TITLE Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O attended/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title ambassador"), facts.toString());
    assertTrue(facts.contains("person/ana-lobo employer country/freedonia"), facts.toString());
    assertTrue(facts.contains("person/ana-lobo citizenship country/freedonia"), facts.toString());
    assertTrue(facts.contains("person/rui-paz employer organization/fdf"), facts.toString());
    assertTrue(facts.contains("organization/fdf leader person/rui-paz"), facts.toString());
    assertFalse(facts.contains("person/rui-paz citizenship country/freedonia"), facts.toString());
  }

  @Test
  void aRankBeforeAnHonorificOrBeforeALongerOfficeIsKept() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O talks/NNS/O were/VBD/O attended/VBN/O by/IN/O Admiral/NNP/TITLE"
                    + " Sir/NNP/O Rui/NNP/PERSON Paz/NNP/PERSON and/CC/O by/IN/O"
                    + " General/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O Chief/NNP/O"
                    + " of/IN/O the/DT/O General/NNP/O Staff/NNP/O ,/,/O who/WP/O"
                    + " spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/rui-paz title admiral"), facts.toString());
    assertTrue(facts.contains("person/ana-lobo title general"), facts.toString());
    assertTrue(
        facts.contains("person/ana-lobo title chief of the general staff"), facts.toString());
  }

  @Test
  void aSubjectPronounRefersToThePersonNamedLastOfTheRightGender() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ms/NNP/O Ana/NNP/PERSON Lobo/NNP/PERSON succeeds/VBZ/O Mr/NNP/O Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON ././O")
            .sentence(
                "She/PRP/O previously/RB/O worked|work/VBD/O as/IN/O a/DT/O solicitor/NN/TITLE"
                    + " at/IN/O Acme/NNP/ORGANIZATION Lawyers/NNPS/ORGANIZATION ././O")
            .sentence("The/DT/O move/NN/O was/VBD/O welcomed/VBN/O ././O")
            .sentence("The/DT/O board/NN/O met/VBD/O ././O")
            .sentence(
                "He/PRP/O was|be/VBD/O a/DT/O curator/NN/TITLE at/IN/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Museum/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title solicitor"), facts.toString());
    assertTrue(
        facts.contains("person/ana-lobo employer organization/acme-lawyers"), facts.toString());
    assertFalse(facts.toString().contains("curator"), "no person named in the window: " + facts);
    assertFalse(facts.contains("person/rui-paz title solicitor"), facts.toString());
  }

  @Test
  void aKindOfInstitutionRefersToTheOrganisationNamedWithThatWordFarBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Hospital/NNP/ORGANIZATION opened/VBD/O a/DT/O"
                    + " clinic/NN/O ././O")
            .sentence("The/DT/O council/NN/O agreed/VBD/O ././O")
            .sentence("The/DT/O lease/NN/O runs/VBZ/O for/IN/O ten/CD/O years/NNS/O ././O")
            .sentence("Some/DT/O residents/NNS/O objected/VBD/O ././O")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O the/DT/O hospital/NN/O 's/POS/O"
                    + " president/NN/TITLE ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/ana-lobo employer organization/acme-hospital"), facts.toString());
  }

  @Test
  void theSpeakerOfAChamberLeadsIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Speaker/NNP/TITLE of/IN/O the/DT/O Norland/NNP/ORGANIZATION"
                    + " Assembly/NNP/ORGANIZATION ,/,/O Ms/NNP/O Eva/NNP/PERSON Sol/NNP/PERSON ,/,/O"
                    + " welcomed/VBD/O the/DT/O report/NN/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/norland-assembly leader person/eva-sol"), facts.toString());
  }

  @Test
  void anOfficeHeldOverAPeriodIsATitle() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O a/DT/O former/JJ/O minister/NN/TITLE"
                    + " of/IN/O Peru/NNP/COUNTRY ,/,/O has/VBZ/O served/VBN/O as/IN/O"
                    + " Secretary/NNP/TITLE General/NNP/TITLE since/IN/O 2023/CD/DATE ././O")
            .sentence(
                "She/PRP/O succeeded/VBD/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O who/WP/O"
                    + " had/VBD/O been/VBN/O chairman/NN/TITLE since/IN/O 2018/CD/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title secretary general"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title chairman"), facts.toString());
  }
}
