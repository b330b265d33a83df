package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Offices stated without their organisation's name: "the company's chief executive", "Jane Doe,
 * Chief Financial Officer, said" in a text about one company, ministers' portfolios (offices.rules,
 * {@link CompanyOfficers}, {@link DocumentSubject}, {@link MinistryRule}).
 */
class CompanyOfficeFactsTest {

  /** Three sentences naming Acme Corp, so that the text is about it. */
  private static DocBuilder aboutAcme() {
    return new DocBuilder("a.txt")
        .sentence("Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION reported/VBD/O results/NNS/O ././O")
        .sentence(
            "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION sold/VBD/O pumps/NNS/O to/TO/O"
                + " Bolt/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION ././O")
        .sentence("Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION hired/VBD/O staff/NN/O ././O");
  }

  @Test
  void aCompanyOfficeWithoutItsCompanyIsInTheCompanyTheTextIsAbout() {
    AnnotatedDocument doc =
        aboutAcme()
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O Chief/NNP/TITLE Executive/NNP/TITLE"
                    + " Officer/NNP/TITLE ,/,/O commented/VBD/O ././O",
                "-1>7:root 7>1:nsubj 1>0:flat 1>5:appos 5>3:compound 5>4:compound 7>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/acme-corp"), facts.toString());
    assertTrue(facts.contains("organization/acme-corp leader person/jane-doe"), facts.toString());
  }

  @Test
  void aCompanyOfficeNextToAnotherOrganisationIsNotGivenTheSubject() {
    AnnotatedDocument doc =
        aboutAcme()
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O Chief/NNP/TITLE Executive/NNP/TITLE"
                    + " Officer/NNP/TITLE ,/,/O praised/VBD/O Bolt/NNP/ORGANIZATION"
                    + " Ltd/NNP/ORGANIZATION ././O",
                "-1>7:root 7>1:nsubj 1>0:flat 1>5:appos 5>3:compound 5>4:compound 7>9:obj"
                    + " 9>8:compound")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title chief executive officer"), facts.toString());
    assertFalse(
        facts.contains("person/jane-doe employer organization/acme-corp"), facts.toString());
  }

  @Test
  void aTextAboutNoOneCompanyGivesNoEmployerToABareOffice() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION and/CC/O Bolt/NNP/ORGANIZATION"
                    + " Ltd/NNP/ORGANIZATION merged/VBD/O ././O")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O Chief/NNP/TITLE Executive/NNP/TITLE"
                    + " Officer/NNP/TITLE ,/,/O commented/VBD/O ././O",
                "-1>7:root 7>1:nsubj 1>0:flat 1>5:appos 5>3:compound 5>4:compound 7>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(
        facts.stream().anyMatch(f -> f.startsWith("person/jane-doe employer")), facts.toString());
  }

  @Test
  void theCompanysOfficerWorksForTheCompanyTheTextIsAbout() {
    AnnotatedDocument doc =
        aboutAcme()
            .sentence(
                "``/``/O We/PRP/O grew/VBD/O ,/,/O ''/''/O said/VBD/O John/NNP/PERSON"
                    + " Roe/NNP/PERSON ,/,/O the/DT/O company/NN/O 's/POS/O chief/JJ/TITLE"
                    + " executive/NN/TITLE ././O")
            .sentence(
                "The/DT/O company/NN/O 's/POS/O chief/JJ/TITLE financial/JJ/TITLE"
                    + " officer/NN/TITLE since/IN/O 2020/CD/DATE has/VBZ/O been/VBN/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/john-roe employer organization/acme-corp"), facts.toString());
    assertTrue(facts.contains("person/jane-doe employer organization/acme-corp"), facts.toString());
  }

  @Test
  void aTitleWithItsPortfolioBeforeTheNameIsTheWholeTitle() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Minister/NNP/TITLE of/IN/O Defence/NNP/O Jane/NNP/PERSON Doe/NNP/PERSON"
                    + " spoke/VBD/O ././O")
            .build();

    assertTrue(
        Extraction.asserted(doc).contains("person/jane-doe title minister of defence"),
        Extraction.asserted(doc).toString());
  }

  @Test
  void twoOfficesOfTheOrganisationNamedBeforeThem() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "said/VBD/O Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION President/NNP/TITLE"
                    + " and/CC/O CEO/NNP/TITLE Jane/NNP/PERSON Doe/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/acme-corp"), facts.toString());
  }

  @Test
  void anOfficeTaggedUpToItsPortfolioIsTheWholeOfficeOfTheCountryAfterTheName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Secretary/NNP/TITLE of/IN/TITLE National/NNP/TITLE Defense/NNP/MISC"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON of/IN/O Peru/NNP/COUNTRY spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe title secretary of national defense"), facts.toString());
    assertTrue(facts.contains("person/jane-doe employer country/peru"), facts.toString());
  }

  @Test
  void aSecretaryOfAFieldLeadsTheMinistryOfThatField() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Foreign/NNP/TITLE Secretary/NNP/TITLE Jane/NNP/PERSON Doe/NNP/PERSON"
                    + " spoke/VBD/O ././O")
            .sentence(
                "The/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Foreign/NNP/ORGANIZATION"
                    + " Affairs/NNP/ORGANIZATION and/CC/ORGANIZATION Trade/NNP/ORGANIZATION"
                    + " agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/ministry-of-foreign-affairs-and-trade leader person/jane-doe"),
        facts.toString());
  }

  @Test
  void aFederalMinistersFieldIsThatOfTheMinister() {
    assertEquals(
        MinistryRule.ministerField("minister of defence"),
        MinistryRule.ministerField("federal minister of defence"));
    assertEquals(
        MinistryRule.ministerField("defence minister"),
        MinistryRule.ministerField("defence secretary"));
  }

  @Test
  void aPredecessorHeldTheOfficeItsSuccessorTakes() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION has/VBZ/O appointed/VBN/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON as/IN/O its/PRP$/O chief/JJ/TITLE"
                    + " executive/NN/TITLE ././O")
            .sentence("She/PRP/O will/MD/O succeed/VB/O John/NNP/PERSON Roe/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/john-roe title chief executive"), facts.toString());
  }

  @Test
  void aPredecessorHeldTheOfficeNamedNearestBeforeTheVerb() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON ,/,/O a/DT/O former/JJ/O president/NN/TITLE"
                    + " of/IN/O Peru/NNP/COUNTRY ,/,/O has/VBZ/O been/VBN/O"
                    + " Secretary/NNP/TITLE General/NNP/TITLE since/IN/O May/NNP/DATE ,/,/O"
                    + " succeeding/VBG/O Jane/NNP/PERSON Doe/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title secretary general"), facts.toString());
    assertFalse(facts.contains("person/jane-doe title president"), facts.toString());
  }

  @Test
  void aNationalOfficeWithoutItsCountryIsOfTheCountryTheTextIsAbout() {
    DocBuilder builder = new DocBuilder("a.txt");
    for (int i = 0; i < 3; i++) {
      builder.sentence("Peru/NNP/COUNTRY grew/VBD/O ././O");
    }
    AnnotatedDocument doc =
        builder
            .sentence(
                "Prime/NNP/TITLE Minister/NNP/TITLE Jane/NNP/PERSON Doe/NNP/PERSON spoke/VBD/O"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer country/peru"), facts.toString());
    assertTrue(facts.contains("person/jane-doe citizenship country/peru"), facts.toString());
    assertTrue(facts.contains("country/peru leader person/jane-doe"), facts.toString());
  }

  @Test
  void aTextAboutTwoCountriesGivesANationalOfficeNoCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY met/VBD/O ././O")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY agreed/VBD/O ././O")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY signed/VBD/O ././O")
            .sentence(
                "Prime/NNP/TITLE Minister/NNP/TITLE Jane/NNP/PERSON Doe/NNP/PERSON spoke/VBD/O"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(
        facts.stream().anyMatch(f -> f.startsWith("person/jane-doe employer")), facts.toString());
  }

  @Test
  void aViceChancellorLeadsTheUniversity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION has/VBZ/O appointed/VBN/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON as/IN/O its/PRP$/O Vice-Chancellor/NNP/O"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title vice-chancellor"), facts.toString());
    assertTrue(
        facts.contains("organization/acme-university leader person/jane-doe"), facts.toString());
  }

  @Test
  void anOfficeOfADescribedOrganisationBeforeTheNameIsInTheOrganisationNamedBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION Air/NNP/ORGANIZATION joined/VBD/O the/DT/O pact/NN/O"
                    + " ././O")
            .sentence(
                "The/DT/O airline/NN/O 's/POS/O chief/JJ/TITLE executive/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertEquals(Set.of("person/jane-doe employer organization/bolt-air"), facts);
  }

  @Test
  void aDescribedCourtIsTheLastCourtNamedNotTheLastOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Court/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Appeal/NNP/ORGANIZATION ruled/VBD/O against/IN/O Bolt/NNP/ORGANIZATION"
                    + " Ltd/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O court/NN/O 's/POS/O president/NN/TITLE ,/,/O Justice/NNP/TITLE"
                    + " John/NNP/PERSON Roe/NNP/PERSON ,/,/O read/VBD/O it/PRP/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/john-roe employer organization/acme-court-of-appeal"),
        facts.toString());
    assertFalse(facts.contains("person/john-roe employer organization/bolt-ltd"), facts.toString());
  }

  @Test
  void aDescribedAirlineIsTheOrganisationWithAnAirlineWordInItsName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION Airways/NNP/ORGANIZATION signed/VBD/O with/IN/O"
                    + " Acme/NNP/ORGANIZATION Authority/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O airline/NN/O 's/POS/O chairman/NN/TITLE ,/,/O John/NNP/PERSON"
                    + " Roe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/john-roe employer organization/bolt-airways"), facts.toString());
    assertFalse(
        facts.contains("person/john-roe employer organization/acme-authority"), facts.toString());
  }
}
