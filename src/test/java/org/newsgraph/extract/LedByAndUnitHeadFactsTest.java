package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Session 16 (issue 11): employers and leaders stated inside one sentence: "is led / run / directed
 * by" gives employer beside leader (also for a name NER left untagged and for an organisation in
 * apposition to the subject), "who heads oncology development at Acme" gives employer and no
 * leader, careers read with "taught at" and with an office subject in apposition ("Its chief
 * executive, Jane Doe, previously worked at Acme"), and "the laboratory" / "the festival" resolved
 * to the organisation so named (sentences made up for the tests).
 */
class LedByAndUnitHeadFactsTest {

  @Test
  void anOrganisationRunByAPersonHasThePersonAsLeaderAndEmployee() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Institute/NNP/ORGANIZATION is/VBZ/O run|run/VBN/O"
                    + " by/IN/O Jane/NNP/PERSON Doe/NNP/PERSON ././O",
                "2>0:det 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 7>5:case"
                    + " 7>6:compound 4>7:obl:agent 4>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-institute leader person/jane-doe"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-institute"), facts.toString());
  }

  @Test
  void anUntaggedNameOrAnAppositionAsThePassiveSubject() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Regional/NNP/ORGANIZATION Centre/NNP/ORGANIZATION"
                    + " opened/VBD/O ././O")
            .sentence(
                "The/DT/O Norby/NNP/O Regional/NNP/O Centre/NNP/O is/VBZ/O led|lead/VBN/O by/IN/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ././O",
                "3>0:det 3>1:compound 3>2:compound 5>3:nsubj:pass 5>4:aux:pass -1>5:root"
                    + " 8>6:case 8>7:compound 5>8:obl:agent 5>9:punct")
            .sentence(
                "The/DT/O arm/NN/O ,/,/O Bolt/NNP/ORGANIZATION GmbH/NNP/ORGANIZATION ,/,/O"
                    + " is/VBZ/O led|lead/VBN/O by/IN/O John/NNP/PERSON Roe/NNP/PERSON ././O",
                "1>0:det 7>1:nsubj:pass 1>2:punct 4>3:compound 1>4:appos 1>5:punct"
                    + " 7>6:aux:pass -1>7:root 10>8:case 10>9:compound 7>10:obl:agent 7>11:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    String centre = "organization/norby-regional-centre";
    assertTrue(facts.contains(centre + " leader person/jane-doe"), facts.toString());
    assertTrue(facts.contains("person/jane-doe employer " + centre), facts.toString());
    assertTrue(facts.contains("organization/bolt-gmbh leader person/john-roe"), facts.toString());
    assertTrue(facts.contains("person/john-roe employer organization/bolt-gmbh"), facts.toString());
  }

  @Test
  void anAgentNamedWithAnotherCompanyIsNotItsEmployee() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Group/NNP/ORGANIZATION is/VBZ/O chaired|chair/VBN/O"
                    + " by/IN/O Bolt/NNP/ORGANIZATION 's/POS/O Jane/NNP/PERSON Doe/NNP/PERSON ././O",
                "2>0:det 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 9>5:case"
                    + " 9>6:nmod:poss 6>7:case 9>8:compound 4>9:obl:agent 4>10:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-group leader person/jane-doe"), facts.toString());
    assertFalse(
        facts.contains("person/jane-doe employer organization/acme-group"), facts.toString());
  }

  @Test
  void aPersonWhoHeadsAUnitAtAnOrganisationWorksThereWithoutLeadingIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O heads|head/VBZ/O oncology/NN/O"
                    + " development/NN/O at/IN/O Acme/NNP/ORGANIZATION ,/,/O said/VBD/O ././O",
                "1>0:compound 4>1:nsubj 11>1:nsubj 1>2:punct 1>3:ref 1>4:acl:relcl"
                    + " 6>5:compound 4>6:obj 8>7:case 4>8:obl:at 1>9:punct -1>10:root 10>11:punct")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON runs|run/VBZ/O Bolt/NNP/ORGANIZATION 's/POS/O"
                    + " cargo/NN/O business/NN/O ././O",
                "1>0:compound 2>1:nsubj -1>2:root 6>3:nmod:poss 3>4:case 6>5:compound 2>6:obj"
                    + " 2>7:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/acme"), facts.toString());
    assertFalse(facts.contains("organization/acme leader person/jane-doe"), facts.toString());
    assertTrue(facts.contains("person/john-roe employer organization/bolt"), facts.toString());
    assertFalse(facts.contains("organization/bolt leader person/john-roe"), facts.toString());
  }

  @Test
  void taughtAtAndAnOfficeSubjectInAppositionAreCareers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O taught|teach/VBD/O at/IN/O"
                    + " Bolt/NNP/ORGANIZATION University/NNP/ORGANIZATION ,/,/O retired/VBD/O"
                    + " ././O",
                "1>0:compound 4>1:nsubj 9>1:nsubj 1>2:punct 1>3:ref 1>4:acl:relcl 7>5:case"
                    + " 7>6:compound 4>7:obl:at 1>8:punct -1>9:root 9>10:punct")
            .sentence(
                "Its/PRP$/O chief/JJ/TITLE executive/NN/TITLE ,/,/O John/NNP/PERSON Roe/NNP/PERSON"
                    + " ,/,/O previously/RB/O worked|work/VBD/O at/IN/O Acme/NNP/ORGANIZATION"
                    + " Pharma/NNP/ORGANIZATION ././O",
                "2>0:nmod:poss 2>1:amod 8>2:nsubj 2>3:punct 5>4:compound 2>5:appos 2>6:punct"
                    + " 8>7:advmod -1>8:root 11>9:case 11>10:compound 8>11:obl:at 8>12:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/bolt-university"), facts.toString());
    assertTrue(
        facts.contains("person/john-roe employer organization/acme-pharma"), facts.toString());
  }

  @Test
  void theLaboratoryIsTheLaboratoryNamedLast() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Lyon/NNP/ORGANIZATION Regional/NNP/ORGANIZATION"
                    + " Laboratory/NNP/ORGANIZATION opened/VBD/O near/IN/O Acme/NNP/ORGANIZATION"
                    + " ././O")
            .sentence(
                "The/DT/O laboratory/NN/O is/VBZ/O headed|head/VBN/O by/IN/O Dr/NNP/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ././O",
                "1>0:det 3>1:nsubj:pass 3>2:aux:pass -1>3:root 7>4:case 7>5:compound"
                    + " 7>6:compound 3>7:obl:agent 3>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    String lab = "organization/lyon-regional-laboratory";
    assertTrue(facts.contains(lab + " leader person/jane-doe"), facts.toString());
    assertTrue(facts.contains("person/jane-doe employer " + lab), facts.toString());
    assertFalse(facts.contains("person/jane-doe employer organization/acme"), facts.toString());
  }

  @Test
  void remainingOrBecomingAnOfficeOfAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O remains|remain/VBZ/O"
                    + " chairman/NN/TITLE of/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Party/NNP/ORGANIZATION ,/,/O spoke/VBD/O ././O",
                "1>0:compound 4>1:nsubj 12>1:nsubj 1>2:punct 1>3:ref 1>4:acl:relcl 4>5:xcomp"
                    + " 9>6:case 9>7:det 9>8:compound 5>9:nmod:of 1>10:punct -1>11:root"
                    + " 11>12:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title chairman"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-party"), facts.toString());
  }

  @Test
  void officesNerLeavesUntaggedAreTitles() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON ,/,/O managing/VBG/O partner/NN/O of/IN/O"
                    + " Bolt/NNP/ORGANIZATION Partners/NNPS/ORGANIZATION ,/,/O said/VBD/O ././O")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O deputy/JJ/O chair/NN/O of/IN/O"
                    + " the/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION ,/,/O said/VBD/O"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/john-roe title managing partner"), facts.toString());
    assertTrue(
        facts.contains("person/john-roe employer organization/bolt-partners"), facts.toString());
    assertTrue(facts.contains("person/jane-doe title deputy chair"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-council"), facts.toString());
  }

  @Test
  void joiningFromACompanyNerTookForAPlaceAndTheOfficeHeldWhere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Software/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION and/CC/O"
                    + " Bolt/NNP/ORGANIZATION Labs/NNP/ORGANIZATION hired/VBD/O Jane/NNP/PERSON"
                    + " Doe/NNP/PERSON ././O")
            .sentence(
                "She/PRP/O joined|join/VBD/O Bolt/NNP/ORGANIZATION Labs/NNP/ORGANIZATION in/IN/O"
                    + " 2023/CD/DATE from/IN/O Acme/NNP/LOCATION Software/NNP/LOCATION ,/,/O"
                    + " where/WRB/O she/PRP/O was/VBD/O vice/NN/TITLE president/NN/TITLE"
                    + " of/IN/O finance/NN/O ././O",
                "1>0:nsubj -1>1:root 3>2:compound 1>3:obj 5>4:case 1>5:obl:in 8>6:case"
                    + " 8>7:compound 1>8:obl:from 8>9:punct 14>10:advmod 14>11:nsubj 14>12:cop"
                    + " 14>13:compound 8>14:acl:relcl 16>15:case 14>16:nmod:of 1>17:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/bolt-labs"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-software-ltd"),
        facts.toString());
    assertTrue(facts.contains("person/jane-doe title vice president of finance"), facts.toString());
  }

  @Test
  void aNameBeforeANounIsAPartNotTheOrganisationLed() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Hidrogenio/NNP/ORGANIZATION S.A./NNP/ORGANIZATION"
                    + " was/VBD/O founded/VBN/O ././O")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON ,/,/O who/WP/O previously/RB/O ran|run/VBD/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION office/NN/O of/IN/O Acme/NNP/ORGANIZATION"
                    + " Hidrogenio/NNP/ORGANIZATION ,/,/O retired/VBD/O ././O")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O ran|run/VBD/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Agency/NNP/ORGANIZATION until/IN/O 2020/CD/DATE"
                    + " ,/,/O retired/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(facts.contains("organization/bolt leader person/john-roe"), facts.toString());
    assertFalse(facts.contains("person/john-roe employer organization/bolt"), facts.toString());
    assertTrue(facts.contains("organization/bolt-agency leader person/jane-doe"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/bolt-agency"), facts.toString());
  }
}
