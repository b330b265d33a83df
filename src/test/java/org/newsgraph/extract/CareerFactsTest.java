package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Employers read from careers in the dependency graph ("worked for eleven years at", "had spent
 * nine years at", "joined X from Y", "is currently provost of") and from a described organisation's
 * office before a name (sentences made up for the tests).
 */
class CareerFactsTest {

  @Test
  void aPronounThatWorkedAtAnOrganisationWasEmployedThere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Jane/NNP/PERSON Doe/NNP/PERSON was/VBD/O appointed/VBN/O ././O")
            .sentence(
                "She/PRP/O previously/RB/O worked|work/VBD/O for/IN/O eleven/CD/O years|year/NNS/O"
                    + " at/IN/O Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ././O",
                "-1>2:root 2>0:nsubj 2>1:advmod 2>5:obl:for 5>3:case 5>4:nummod 2>8:obl:at"
                    + " 8>6:case 8>7:compound 2>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/acme-bank"), facts.toString());
  }

  @Test
  void aRelativeClauseOnAnAppositionGivesThePersonTheEmployer() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O a/DT/O chemist/NN/TITLE who/WP/O had/VBD/O"
                    + " spent|spend/VBN/O nine/CD/O years|year/NNS/O at/IN/O"
                    + " Acme/NNP/ORGANIZATION Pharma/NNP/ORGANIZATION ,/,/O retired/VBD/O ././O",
                "-1>14:root 14>1:nsubj 1>0:compound 1>4:appos 4>3:det 4>7:acl:relcl 7>4:nsubj"
                    + " 7>6:aux 7>9:obl:tmod 9>8:nummod 7>12:obl:at 12>10:case 12>11:compound"
                    + " 14>15:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-pharma"), facts.toString());
  }

  @Test
  void joiningFromAnOrganisationMeansHavingWorkedThere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON joined|join/VBD/O Acme/NNP/ORGANIZATION from/IN/O"
                    + " Bolt/NNP/ORGANIZATION Energy/NNP/ORGANIZATION in/IN/O 2019/CD/DATE"
                    + " ././O",
                "-1>2:root 2>1:nsubj 1>0:flat 2>3:obj 2>6:obl:from 6>4:case 6>5:compound"
                    + " 2>8:obl:in 8>7:case 2>9:punct")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON joined|join/VBD/O Acme/NNP/ORGANIZATION from/IN/O"
                    + " Lyon/NNP/CITY ././O",
                "-1>2:root 2>1:nsubj 1>0:flat 2>3:obj 2>5:obl:from 5>4:case 2>6:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/john-roe employer organization/bolt-energy"), facts.toString());
    assertTrue(facts.contains("person/john-roe employer organization/acme"), facts.toString());
    assertFalse(facts.contains("person/jane-doe employer city/lyon"), facts.toString());
  }

  @Test
  void aTitleAsThePredicateOfACopulaIsOfTheOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON is|be/VBZ/O currently/RB/O provost/NN/TITLE"
                    + " of/IN/O the/DT/O Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION ././O",
                "-1>4:root 4>1:nsubj 1>0:compound 4>2:cop 4>3:advmod 4>8:nmod:of 8>5:case"
                    + " 8>6:det 8>7:compound 4>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title provost"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-university"), facts.toString());
  }

  @Test
  void aDescribedOrganisationsOfficeBeforeANameEmploysThePerson() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Freedonian/NNP/ORGANIZATION Rowing/NNP/ORGANIZATION"
                    + " Association/NNP/ORGANIZATION met/VBD/O in/IN/O Lyon/NNP/CITY ././O")
            .sentence(
                "The/DT/O association/NN/O 's/POS/O president/NN/TITLE ,/,/O Dr/NNP/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O said/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/freedonian-rowing-association"),
        facts.toString());
  }

  @Test
  void aSecretaryGeneralLeadsNoOrganisationWhosePresidentTheTextNames() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON is/VBZ/O president/NN/TITLE of/IN/O the/DT/O"
                    + " Freedonian/NNP/ORGANIZATION Rowing/NNP/ORGANIZATION"
                    + " Confederation/NNP/ORGANIZATION ././O")
            .candidate(0, "Jane Doe", "per:title", "president", "kbp", 0.9)
            .candidate(
                0,
                "Jane Doe",
                "per:employee_or_member_of",
                "Freedonian Rowing Confederation",
                "kbp",
                0.9)
            .sentence(
                "The/DT/O confederation/NN/O 's/POS/O secretary/NN/TITLE general/NN/TITLE ,/,/O"
                    + " John/NNP/PERSON Roe/NNP/PERSON ,/,/O presented/VBD/O a/DT/O budget/NN/O"
                    + " ././O")
            .candidate(1, "John Roe", "per:title", "secretary general", "kbp", 0.9)
            .build();

    Set<String> facts = Extraction.asserted(doc);

    String confederation = "organization/freedonian-rowing-confederation";
    assertTrue(facts.contains("person/john-roe employer " + confederation), facts.toString());
    assertTrue(facts.contains(confederation + " leader person/jane-doe"), facts.toString());
    assertFalse(facts.contains(confederation + " leader person/john-roe"), facts.toString());
  }

  @Test
  void aPastEmployerDoesNotHideTheCompanyOfAnOfficeStatedAlone() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION S.A./NNP/ORGANIZATION"
                    + " named/VBD/O a/DT/O new/JJ/O chief/NN/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION S.A./NNP/ORGANIZATION"
                    + " makes/VBZ/O pasta/NN/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION S.A./NNP/ORGANIZATION"
                    + " exports/VBZ/O it/PRP/O ././O")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O Chief/NNP/TITLE Executive/NNP/TITLE"
                    + " Officer/NNP/TITLE ,/,/O commented/VBD/O ././O")
            .candidate(3, "Jane Doe", "per:title", "Chief Executive Officer", "kbp", 0.9)
            .sentence(
                "She/PRP/O joined|join/VBD/O the/DT/O group/NN/O in/IN/O 2012/CD/DATE"
                    + " from/IN/O Bolt/NNP/ORGANIZATION Energy/NNP/ORGANIZATION ././O",
                "-1>1:root 1>0:nsubj 1>3:obj 3>2:det 1>5:obl:in 5>4:case 1>8:obl:from"
                    + " 8>6:case 8>7:compound 1>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/bolt-energy"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-foods-sa"), facts.toString());
  }

  @Test
  void aPastEmployerInTheSentenceOfAnOfficeIsNotLedByItsHolder() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O director/NN/TITLE general/NN/TITLE is/VBZ/O Jane/NNP/PERSON"
                    + " Doe/NNP/PERSON ;/:/O she/PRP/O previously/RB/O worked|work/VBD/O for/IN/O"
                    + " Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ././O",
                "-1>4:root 4>1:nsubj 4>3:cop 4>9:parataxis 9>7:nsubj 9>8:advmod"
                    + " 9>12:obl:for 12>10:case 12>11:compound 4>13:punct")
            .candidate(0, "Jane Doe", "per:title", "director general", "kbp", 0.9)
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/acme-bank"), facts.toString());
    assertFalse(facts.contains("organization/acme-bank leader person/jane-doe"), facts.toString());
  }

  @Test
  void oneOfSeveralOfficesOfAnOrganisationEmploysButDoesNotLead() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON is/VBZ/O also/RB/O a/DT/O governor/NN/TITLE"
                    + " of/IN/O the/DT/O Acme/NNP/ORGANIZATION Fund/NNP/ORGANIZATION ././O",
                "-1>5:root 5>1:nsubj 1>0:flat 5>2:cop 5>3:advmod 5>4:det 5>9:nmod:of 9>6:case"
                    + " 9>7:det 9>8:compound 5>10:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/john-roe title governor"), facts.toString());
    assertTrue(facts.contains("person/john-roe employer organization/acme-fund"), facts.toString());
    assertFalse(facts.contains("organization/acme-fund leader person/john-roe"), facts.toString());
  }

  @Test
  void itsOfficeAsACopulasSubjectIsHeldByThePersonAfterIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Health/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION"
                    + " works/VBZ/O in/IN/O Lyon/NNP/CITY ././O")
            .sentence(
                "Its/PRP$/O director/NN/TITLE is/VBZ/O the/DT/O plant/NN/O pathologist/NN/TITLE"
                    + " Dr./NNP/O Jane/NNP/PERSON Doe/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    String alliance = "organization/acme-health-alliance";
    assertTrue(facts.contains("person/jane-doe title director"), facts.toString());
    assertTrue(facts.contains("person/jane-doe employer " + alliance), facts.toString());
    assertTrue(facts.contains(alliance + " leader person/jane-doe"), facts.toString());
  }
}
