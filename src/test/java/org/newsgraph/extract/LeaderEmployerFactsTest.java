package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Leaders stated by "led by" (with the parser's obl:by of a bare participle), no employer read from
 * such a leader alone, and descriptions ("the agency", "the centre") resolved to the organisation
 * whose name has the word (sentences made up for the tests).
 */
class LeaderEmployerFactsTest {

  @Test
  void aBareParticipleLedByAPersonGivesTheLeader() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O includes/VBZ/O the/DT/O Acme/NNP/ORGANIZATION Unit/NNP/ORGANIZATION"
                    + " ,/,/O led|lead/VBN/O by/IN/O Dr/NNP/O Rui/NNP/PERSON Paz/NNP/PERSON ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 4>5:punct 4>6:acl 10>7:case"
                    + " 10>8:compound 10>9:compound 6>10:obl:by 1>11:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-unit leader person/rui-paz"), facts.toString());
  }

  @Test
  void aDescribedCentreWillBeLedByThePersonItsNameGoesTo() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Centre/NNP/ORGANIZATION for/IN/ORGANIZATION"
                    + " Soils/NNP/ORGANIZATION opens/VBZ/O ././O")
            .sentence("Bolt/NNP/ORGANIZATION University/NNP/ORGANIZATION pays/VBZ/O ././O")
            .sentence(
                "The/DT/O centre/NN/O will/MD/O be/VB/O led|lead/VBN/O by/IN/O"
                    + " Ana/NNP/PERSON Lobo/NNP/PERSON ././O",
                "1>0:det 4>1:nsubj:pass 4>2:aux 4>3:aux:pass -1>4:root 7>5:case 7>6:compound"
                    + " 4>7:obl:agent 4>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    String centre = "organization/acme-centre-for-soils";
    assertTrue(facts.contains(centre + " leader person/ana-lobo"), facts.toString());

    assertFalse(
        facts.contains("person/ana-lobo employer organization/bolt-university"), facts.toString());
  }

  @Test
  void theAgencyIsTheLastAgencyNamedNotTheLastOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Snow/NNP/ORGANIZATION Agency/NNP/ORGANIZATION"
                    + " met/VBD/O ././O")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON is/VBZ/O deputy/JJ/TITLE director/NN/TITLE of/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Water/NNP/ORGANIZATION"
                    + " Commission/NNP/ORGANIZATION ././O")
            .sentence(
                "He/PRP/O will/MD/O succeed/VB/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O who/WP/O"
                    + " has/VBZ/O led|lead/VBN/O the/DT/O agency/NN/O since/IN/O 2019/CD/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    String agency = "organization/acme-snow-agency";
    assertTrue(facts.contains(agency + " leader person/ana-lobo"), facts.toString());
    assertTrue(facts.contains("person/ana-lobo employer " + agency), facts.toString());
    assertFalse(
        facts.contains("organization/bolt-water-commission leader person/ana-lobo"),
        facts.toString());
  }

  @Test
  void whoseOfficeBeforeANameGivesTheOrganisationBeforeIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Chamber/NNP/ORGANIZATION ,/,/O whose/WP$/O"
                    + " president/NN/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON runs/VBZ/O a/DT/O"
                    + " shop/NN/O ,/,/O lobbied/VBD/O ././O")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON met/VBD/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Unit/NNP/ORGANIZATION ,/,/O whose/WP$/O head/NN/O of/IN/O"
                    + " investigations/NNS/O ,/,/O Dr/NNP/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O"
                    + " attended/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title president"), facts.toString());
    assertTrue(
        facts.contains("person/ana-lobo employer organization/acme-chamber"), facts.toString());
    assertTrue(
        facts.contains("organization/acme-chamber leader person/ana-lobo"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title head of investigations"), facts.toString());
    assertTrue(facts.contains("person/rui-paz employer organization/bolt-unit"), facts.toString());
    assertFalse(
        facts.contains("person/ana-lobo employer organization/bolt-unit"), facts.toString());
  }

  @Test
  void aPossessiveSecondOfficeBeforeACourtesyTitleAndName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/PERSON 's/POS/O co-founder/NN/TITLE and/CC/O chief/JJ/TITLE"
                    + " executive/NN/TITLE ,/,/O Dr./NNP/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O"
                    + " spoke/VBD/O ././O")
            .sentence("Acme/NNP/ORGANIZATION Labs/NNP/ORGANIZATION grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/rui-paz title chief executive"), facts.toString());
  }

  @Test
  void aRelativeClauseAppointedToAnOfficeNotAPronoun() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Energy/NNP/ORGANIZATION will/MD/O be/VB/O run/VBN/O by/IN/O"
                    + " Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O who/WP/O has/VBZ/O been/VBN/O"
                    + " appointed/VBN/O its/PRP$/O chief/JJ/TITLE executive/NN/TITLE ././O")
            .sentence("Rui/NNP/PERSON Paz/NNP/PERSON spoke/VBD/O ././O")
            .sentence(
                "He/PRP/O was/VBD/O named/VBN/O treasurer/NN/TITLE in/IN/O 2020/CD/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title chief executive"), facts.toString());
    assertFalse(facts.contains("person/rui-paz title treasurer"), facts.toString());
  }

  @Test
  void aLedByLeaderIsNotMadeAnEmployeeOfWhatTheyLead() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Forum/NNP/ORGANIZATION is/VBZ/O led|lead/VBN/O"
                    + " by/IN/O Bolt/NNP/ORGANIZATION chief/JJ/TITLE executive/NN/TITLE"
                    + " Rui/NNP/PERSON Paz/NNP/PERSON ././O",
                "2>0:det 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 10>5:case"
                    + " 10>6:compound 8>7:amod 10>8:compound 10>9:compound 4>10:obl:agent 4>11:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-forum leader person/rui-paz"), facts.toString());
    assertTrue(facts.contains("person/rui-paz employer organization/bolt"), facts.toString());
    assertFalse(
        facts.contains("person/rui-paz employer organization/acme-forum"), facts.toString());
  }
}
