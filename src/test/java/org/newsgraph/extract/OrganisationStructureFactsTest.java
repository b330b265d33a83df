package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Seats and parts read from appositions to descriptions, copulas with a described company, members
 * compared with "like", troops as CoreNLP lemmatises them, and short names NER left untagged
 * (structure.rules, {@link KnownNames}; sentences made up for the tests).
 */
class OrganisationStructureFactsTest {

  @Test
  void aNameInAppositionToAPossessivePlaceBasedUnitIsSeatedThereAndPartOfTheOwner() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O leads/VBZ/O Dyna/NNP/ORGANIZATION Iberia/NNP/ORGANIZATION ,/,/O"
                    + " Acme/NNP/ORGANIZATION 's/POS/O Lyon/NNP/CITY -/HYPH/O based|base/VBN/O"
                    + " engineering/NN/O unit/NN/O ././O",
                "1>0:nsubj -1>1:root 3>2:compound 1>3:obj 3>4:punct 11>5:nmod:poss 5>6:case"
                    + " 9>7:obl 9>8:punct 11>9:amod 11>10:compound 3>11:appos 1>12:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/dyna-iberia headquarters city/lyon"), facts.toString());
    assertTrue(
        facts.contains("organization/dyna-iberia partOf organization/acme"), facts.toString());
    assertFalse(facts.contains("organization/acme headquarters city/lyon"), facts.toString());
  }

  @Test
  void theSubjectOfACopulaWithADescriptionHeadquarteredInAPlace() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION is/VBZ/O a/DT/O"
                    + " Freedonian/JJ/NATIONALITY food/NN/O company/NN/O"
                    + " headquartered|headquarter/VBN/O in/IN/O Lyon/NNP/CITY ././O",
                "1>0:compound 6>1:nsubj 6>2:cop 6>3:det 6>4:amod 6>5:compound -1>6:root"
                    + " 6>7:acl 9>8:case 7>9:obl:in 6>10:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-foods headquarters city/lyon"), facts.toString());
  }

  @Test
  void countriesComparedWithLikeAreMembersToo() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Like/IN/O Chile/NNP/COUNTRY and/CC/O Peru/NNP/COUNTRY ,/,/O Spain/NNP/COUNTRY"
                    + " is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Union/NNP/ORGANIZATION ././O",
                "1>0:case 8>1:obl:like 3>2:cc 1>3:conj:and 8>3:obl:like 8>4:punct 8>5:nsubj"
                    + " 8>6:cop 8>7:det -1>8:root 12>9:case 12>10:det 12>11:compound"
                    + " 8>12:nmod:of 8>13:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/chile memberOf organization/acme-union"), facts.toString());
    assertTrue(facts.contains("country/peru memberOf organization/acme-union"), facts.toString());
    assertTrue(facts.contains("country/spain memberOf organization/acme-union"), facts.toString());
  }

  @Test
  void troopsLemmatisedAsTroopsStillTakePart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Mission/NNP/ORGANIZATION was/VBD/O"
                    + " deployed|deploy/VBN/O ,/,/O with/IN/O troops/NNS/O from/IN/O"
                    + " Chile/NNP/COUNTRY ././O",
                "2>0:det 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 4>5:punct 7>6:case"
                    + " 4>7:obl:with 9>8:case 7>9:nmod:from 4>10:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
  }

  @Test
  void anUntaggedShortNameOfOneEntityIsThatEntity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION Oy/NNP/ORGANIZATION makes/VBZ/O"
                    + " drones/NNS/O ././O")
            .sentence("Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION sells/VBZ/O them/PRP/O ././O")
            .sentence(
                "Acme/NNP/O Tools/NNP/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Association/NNP/ORGANIZATION ././O",
                "1>0:compound 4>1:nsubj 4>2:cop 4>3:det -1>4:root 8>5:case 8>6:det 8>7:compound"
                    + " 4>8:nmod:of 4>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-tools-oy memberOf organization/bolt-association"),
        facts.toString());
  }

  @Test
  void anUntaggedFirstOrLastWordOfOneOrganisationsNameIsThatOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Maritime/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION"
                    + " and/CC/O Grupo/NNP/ORGANIZATION Dyna/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "Acme/NNP/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Association/NNP/ORGANIZATION ././O",
                "3>0:nsubj 3>1:cop 3>2:det -1>3:root 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:nmod:of 3>8:punct")
            .sentence(
                "Dyna/NNP/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Association/NNP/ORGANIZATION ././O",
                "3>0:nsubj 3>1:cop 3>2:det -1>3:root 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:nmod:of 3>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains(
            "organization/acme-maritime-holdings memberOf organization/bolt-association"),
        facts.toString());
    assertTrue(
        facts.contains("organization/grupo-dyna memberOf organization/bolt-association"),
        facts.toString());
  }

  @Test
  void aShortNameIsNoneWhenTwoEntitiesShareItOrTheTextWritesItInLowerCase() {
    AnnotatedDocument shared =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Maritime/NNP/ORGANIZATION and/CC/O"
                    + " Acme/NNP/ORGANIZATION Rail/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "Acme/NNP/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Association/NNP/ORGANIZATION ././O",
                "3>0:nsubj 3>1:cop 3>2:det -1>3:root 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:nmod:of 3>8:punct")
            .build();
    AnnotatedDocument common =
        new DocBuilder("b.txt")
            .sentence(
                "The/DT/O Harbour/NNP/ORGANIZATION Board/NNP/ORGANIZATION met/VBD/O ;/:/O"
                    + " the/DT/O harbour/NN/O grew/VBD/O ././O")
            .sentence(
                "Harbour/NNP/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Association/NNP/ORGANIZATION ././O",
                "3>0:nsubj 3>1:cop 3>2:det -1>3:root 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:nmod:of 3>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(shared, common);

    assertFalse(facts.stream().anyMatch(f -> f.contains(" memberOf ")), facts.toString());
  }

  @Test
  void theOrganisationAfterAndOfIsJoinedAfterAnyWordsAboutTheFirst() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Norland/NNP/COUNTRY is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Union/NNP/ORGANIZATION ,/,/O whose/WP$/O"
                    + " secretariat/NN/O is/VBZ/O in/IN/O Lyon/NNP/CITY ,/,/O and/CC/O of/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Market/NNP/ORGANIZATION ././O")
            .sentence(
                "Norland/NNP/COUNTRY is/VBZ/O not/RB/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Dyna/NNP/ORGANIZATION Pact/NNP/ORGANIZATION ,/,/O and/CC/O of/IN/O"
                    + " the/DT/O Fusion/NNP/ORGANIZATION Bloc/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/norland memberOf organization/bolt-market"), facts.toString());
    assertFalse(
        facts.contains("country/norland memberOf organization/fusion-bloc"), facts.toString());
  }

  @Test
  void aBodyAfterAPossessiveDescriptionOrModifiedPossessiveNameIsItsPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "It/PRP/O sits/VBZ/O within/IN/O the/DT/O university/NN/O 's/POS/O"
                    + " Faculty/NNP/ORGANIZATION of/IN/ORGANIZATION Science/NNP/ORGANIZATION"
                    + " ././O")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Assembly/NNP/ORGANIZATION 's/POS/O newly/RB/O"
                    + " established/VBN/O Budget/NNP/ORGANIZATION Committee/NNP/ORGANIZATION"
                    + " met/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/faculty-of-science partOf organization/acme-university"),
        facts.toString());
    assertTrue(
        facts.contains("organization/budget-committee partOf organization/bolt-assembly"),
        facts.toString());
  }

  @Test
  void aNameInAppositionAfterAPossessivePartNounIsAPartOfThePossessor() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION 's/POS/O American/JJ/NATIONALITY subsidiary/NN/O ,/,/O"
                    + " Acme/NNP/ORGANIZATION Bio/NNP/ORGANIZATION ,/,/O grew/VBD/O ././O",
                "3>0:nmod:poss 0>1:case 3>2:amod 8>3:nsubj 3>4:punct 6>5:compound 3>6:appos"
                    + " 3>7:punct -1>8:root 8>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-bio partOf organization/bolt"), facts.toString());
  }

  @Test
  void anInstitutionDescribedByItsKindAndCityIsSeatedThere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION is/VBZ/O a/DT/O public/JJ/O"
                    + " research/NN/O university/NN/O in/IN/O Lyon/NNP/CITY ,/,/O"
                    + " Norland/NNP/COUNTRY ././O")
            .sentence(
                "Bolt/NNP/ORGANIZATION Union/NNP/ORGANIZATION ,/,/O whose/WP$/O general/JJ/O"
                    + " secretariat/NN/O is/VBZ/O in/IN/O Quito/NNP/CITY ,/,/O grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-university headquarters city/lyon"), facts.toString());
    assertTrue(facts.contains("organization/bolt-union headquarters city/quito"), facts.toString());
  }

  @Test
  void aMemberAfterARelativeClauseAndTheDocumentsOwnShortName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION owns/VBZ/O"
                    + " Acme/NNP/ORGANIZATION Tankers/NNP/ORGANIZATION ././O")
            .sentence("Acme/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence("Acme/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION hired/VBD/O ././O")
            .sentence("Acme/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION sold/VBD/O ././O")
            .sentence(
                "Acme/NNP/O ,/,/O which/WDT/O has/VBZ/O 900/CD/O staff/NNS/O ,/,/O is/VBZ/O a/DT/O"
                    + " member/NN/O of/IN/O the/DT/O Bolt/NNP/ORGANIZATION Union/NNP/ORGANIZATION"
                    + " and/CC/O of/IN/O the/DT/O Dyna/NNP/ORGANIZATION Forum/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-holdings memberOf organization/bolt-union"),
        facts.toString());
    assertTrue(
        facts.contains("organization/acme-holdings memberOf organization/dyna-forum"),
        facts.toString());
    assertFalse(
        facts.contains("organization/acme-tankers memberOf organization/bolt-union"),
        facts.toString());
  }
}
