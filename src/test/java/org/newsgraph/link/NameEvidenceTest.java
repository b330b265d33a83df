package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.EntityType;

class NameEvidenceTest {

  private final NameEvidence evidence = new NameEvidence(TitleRules.loadDefault().lowercaseWords());

  @Test
  void aPersonsEveryNameWordMustBeInTheTitle() {
    assertTrue(evidence.supports(EntityType.PERSON, "Hillary Clinton", "Hillary_Rodham_Clinton"));
    assertTrue(evidence.supports(EntityType.PERSON, "Jose Mourinho", "José_Mourinho"));
    assertTrue(evidence.supports(EntityType.PERSON, "Chris Evans", "Chris_Evans_(actor)"));
    assertFalse(evidence.supports(EntityType.PERSON, "Kim Jong Un", "Kim_Jong-woon"));
    assertFalse(evidence.supports(EntityType.PERSON, "Bibi Netanyahu", "Benjamin_Netanyahu"));
  }

  @Test
  void otherNamesNeedASharedWordOrStem() {
    assertTrue(evidence.supports(EntityType.COUNTRY, "Russian Federation", "Russia"));
    assertTrue(
        evidence.supports(
            EntityType.ORGANIZATION, "Defense Department", "United_States_Department_of_Defense"));
    assertFalse(evidence.supports(EntityType.ORGANIZATION, "Northern Air Corps", "Luftkorps"));
    assertFalse(evidence.supports(EntityType.CITY, "Bombay", "Mumbai"));
  }

  @Test
  void acronymsMatchTheirExpansionBothWays() {
    assertTrue(evidence.supports(EntityType.COUNTRY, "U.S.", "United_States"));
    assertTrue(
        evidence.supports(EntityType.ORGANIZATION, "FBI", "Federal_Bureau_of_Investigation"));
    assertTrue(evidence.supports(EntityType.ORGANIZATION, "World Health Organization", "WHO"));
    assertTrue(NameEvidence.isInitialsOf("MSDF", "Japan Maritime Self-Defense Force"));
    assertFalse(NameEvidence.isInitialsOf("US", "Union of Soviet Socialist Republics and Allies"));
    assertFalse(NameEvidence.isInitialsOf("Paris", "Port Authority"));
    // a letter may come from a small word: the "of" of the expansion
    assertTrue(NameEvidence.isInitialsOf("ECOWAS", "Economic Community of West African States"));
    assertFalse(NameEvidence.isInitialsOf("ECOWAS", "Economic Community of Central States"));
    // a number word is written in digits
    assertTrue(NameEvidence.isInitialsOf("G7", "Group of Seven"));
    assertFalse(NameEvidence.isInitialsOf("G7", "Group of Eight"));
    assertTrue(NameEvidence.isInitialsOf("FPDA", "Five Power Defence Arrangements"));
  }

  @Test
  void aTitleIsTheFullNameWhenItAddsWordsAfterTheName() {
    assertTrue(NameEvidence.isFullNameOf("Caspian", "Caspian_Sea"));
    assertTrue(NameEvidence.isFullNameOf("Ural", "Ural_Mountains"));
    assertFalse(NameEvidence.isFullNameOf("Erie", "Erie,_Pennsylvania"));
    assertFalse(NameEvidence.isFullNameOf("Georgia", "Georgia_(country)"));
    assertFalse(NameEvidence.isFullNameOf("Thames", "River_Thames"));
    assertFalse(NameEvidence.isFullNameOf("Jordan", "Jordan"));
  }

  @Test
  void anAcronymFitsATitleThatAnotherNameSharesAWordWith() {
    String title = "Freedonian_High_Commissioner_for_Refugees";
    assertFalse(
        evidence.supports(EntityType.ORGANIZATION, "Freedonia Refugee Agency", title),
        "a long name alone must match the title word for word");
    assertTrue(
        evidence.acronymTitleFits(
            EntityType.ORGANIZATION, "FHCR", title, java.util.List.of("Freedonia Refugee Agency")));
    assertFalse(
        evidence.acronymTitleFits(
            EntityType.ORGANIZATION,
            "ASS",
            "Advanced_Signal_Standard",
            java.util.List.of("Alliance of Sahel States")));
  }

  @Test
  void aNumberThatEndsTheNameMustBeInTheTitle() {
    // the title without the number is the parent body's or a namesake's
    assertFalse(
        evidence.supports(
            EntityType.ORGANIZATION, "University of Freedonia II", "University_of_Freedonia"));
    assertFalse(evidence.supports(EntityType.PLACE, "Acme Terminal 3", "Acme_Terminal"));
    assertTrue(
        evidence.supports(
            EntityType.ORGANIZATION, "University of Freedonia II", "University_of_Freedonia_II"));
    // in digits or as a number word
    assertFalse(NameEvidence.lacksNumber("Acme 1", "Acme_One"));
    assertTrue(NameEvidence.lacksNumber("Acme Terminal 3", "Acme_Terminal"));
    assertFalse(NameEvidence.lacksNumber("Acme Terminal 3", "Acme_Terminal_3"));
    // a single word, or a name without a number
    assertFalse(NameEvidence.lacksNumber("G7", "Group_of_Seven"));
    assertFalse(NameEvidence.lacksNumber("Acme Terminal", "Acme_Terminal_3"));
    // a person's ordinal is left to the person's rules
    assertTrue(evidence.supports(EntityType.PERSON, "Jan Doe", "Jan_Doe_III"));
  }

  @Test
  void anAcronymDoesNotSupportAnotherAcronymsTitle() {
    assertFalse(evidence.supports(EntityType.ORGANIZATION, "FRDS", "FRD"));
    assertTrue(NameEvidence.isOtherAcronym("FRDS", "FRD"));
    assertFalse(NameEvidence.isOtherAcronym("FRD", "FRD"));
    assertFalse(NameEvidence.isOtherAcronym("F.R.D.", "FRD"));
    assertFalse(NameEvidence.isOtherAcronym("FRD", "Freedonia_Radio_Directorate"));
    assertFalse(NameEvidence.isOtherAcronym("Freedonia", "FRD"));
  }

  @Test
  void anOrganisationThatSharesOnlyATownsNameSupportsNoOtherBodysTitle() {
    // "Lyon" is a GeoNames town of more than 100,000 people; "Kiekko" is not in the title
    assertFalse(evidence.supports(EntityType.ORGANIZATION, "Kiekko-Lyon", "Lyon_Blues"));
    assertFalse(evidence.supports(EntityType.ORGANIZATION, "Acme Lyon", "Lyon"));
    // a word that is no town's is evidence
    assertTrue(evidence.supports(EntityType.ORGANIZATION, "Lyon Acme", "Acme_Lyon_Group"));
    // the name is the town's alone, or the title has all its words
    assertTrue(evidence.supports(EntityType.ORGANIZATION, "Lyon", "Lyon_Blues"));
    assertTrue(evidence.supports(EntityType.ORGANIZATION, "Lyon Blues", "Lyon_Blues_Hockey"));
    // other types share a town's name with their titles
    assertTrue(evidence.supports(EntityType.PLACE, "Greater Lyon", "Lyon"));
  }
}
