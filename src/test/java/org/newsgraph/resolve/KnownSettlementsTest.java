package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NerTag;

/** Names of towns in the GeoNames list are cities, with the exceptions the class lists. */
class KnownSettlementsTest {

  private static final PlaceGazetteer PLACES = PlaceGazetteer.loadDefault();

  /** An invented gazetteer: two towns, a big city and a town that shares a region's name. */
  private static final KnownSettlements SETTLEMENTS =
      new KnownSettlements(
          PLACES,
          Map.of("Quarnby", 4_000, "Ellerport", 250_000, "Bravo", 1_500, "Westmarch", 20_000));

  private static Map<String, NerTag> types(AnnotatedDocument doc) {
    DocumentView view = new DocumentView(doc);
    List<NameMention> mentions = new NerNameMentions().apply(view, List.of());
    return SETTLEMENTS.apply(view, mentions).stream()
        .collect(Collectors.toMap(NameMention::text, NameMention::ner, (a, b) -> b));
  }

  @Test
  void aVagueLocationThatIsATownBecomesACity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Acme/NNP/ORGANIZATION opened/VBD/O in/IN/O Quarnby/NNP/LOCATION ././O")
            .sentence("Lake/NNP/LOCATION Sorrow/NNP/LOCATION froze/VBD/O ././O")
            .build();

    Map<String, NerTag> types = types(doc);

    assertEquals(NerTag.CITY, types.get("Quarnby"));
    assertEquals(NerTag.LOCATION, types.get("Lake Sorrow"));
  }

  @Test
  void aBigCityAfterInOverridesAPersonGuessButNotBeforeAPossessive() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION is/VBZ/O based/VBN/O in/IN/O Ellerport/NNP/PERSON ././O")
            .build();
    AnnotatedDocument possessive =
        new DocBuilder("b.txt")
            .sentence(
                "Interest/NN/O in/IN/O Ellerport/NNP/PERSON 's/POS/O work/NN/O grew/VBD/O ././O")
            .build();
    AnnotatedDocument smallTown =
        new DocBuilder("c.txt")
            .sentence("She/PRP/O lives/VBZ/O in/IN/O Quarnby/NNP/PERSON ././O")
            .build();
    AnnotatedDocument noCue =
        new DocBuilder("d.txt").sentence("Ellerport/NNP/PERSON said/VBD/O so/RB/O ././O").build();

    assertEquals(NerTag.CITY, types(doc).get("Ellerport"));
    assertEquals(NerTag.PERSON, types(possessive).get("Ellerport"));
    assertEquals(NerTag.PERSON, types(smallTown).get("Quarnby"));
    assertEquals(NerTag.PERSON, types(noCue).get("Ellerport"));
  }

  @Test
  void aBigCityAfterInIsTheSameCityElsewhereInTheDocument() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION is/VBZ/O based/VBN/O in/IN/O Ellerport/NNP/PERSON ././O")
            .sentence(
                "It/PRP/O grows/VBZ/O in/IN/O Quarnby/NNP/LOCATION and/CC/O"
                    + " Ellerport/NNP/PERSON ././O")
            .build();
    AnnotatedDocument taggedCity =
        new DocBuilder("c.txt")
            .sentence("Bolt/NNP/ORGANIZATION left/VBD/O Ellerport/NNP/CITY ././O")
            .sentence("Ellerport/NNP/PERSON Force/NNP/ORGANIZATION grew/VBD/O ././O")
            .build();
    AnnotatedDocument other =
        new DocBuilder("b.txt").sentence("Ellerport/NNP/PERSON said/VBD/O so/RB/O ././O").build();
    DocumentView view = new DocumentView(doc);
    List<NameMention> mentions = new NerNameMentions().apply(view, List.of());

    List<NerTag> ellerport =
        SETTLEMENTS.apply(view, mentions).stream()
            .filter(m -> m.text().equals("Ellerport"))
            .map(NameMention::ner)
            .toList();

    assertEquals(List.of(NerTag.CITY, NerTag.CITY), ellerport);
    DocumentView tagged = new DocumentView(taggedCity);
    assertEquals(
        List.of(NerTag.CITY, NerTag.CITY),
        SETTLEMENTS.apply(tagged, new NerNameMentions().apply(tagged, List.of())).stream()
            .filter(m -> m.text().equals("Ellerport"))
            .map(NameMention::ner)
            .toList());
    assertEquals(NerTag.PERSON, types(other).get("Ellerport"));
  }

  @Test
  void regionsCountriesAndPrefixesOfLongerPlacesStay() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Delegates/NNS/O met/VBD/O in/IN/O Bravo/NNP/LOCATION Province/NNP/LOCATION"
                    + " and/CC/O Westmarch/NNP/STATE_OR_PROVINCE ././O")
            .sentence(
                "Bravo/NNP/LOCATION and/CC/O Westmarch/NNP/LOCATION and/CC/O"
                    + " Europe/NNP/LOCATION agreed/VBD/O ././O")
            .build();

    Map<String, NerTag> types = types(doc);

    assertEquals(NerTag.LOCATION, types.get("Bravo"));
    assertEquals(NerTag.LOCATION, types.get("Westmarch"));
    assertEquals(NerTag.LOCATION, types.get("Europe"));
  }

  @Test
  void theBundledListKnowsLargeTownsAndLeavesOutCountries() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Trains/NNS/O link/VBP/O Piraeus/NNP/LOCATION and/CC/O Limassol/NNP/LOCATION"
                    + " with/IN/O Asia/NNP/LOCATION ././O")
            .build();
    DocumentView view = new DocumentView(doc);
    List<NameMention> mentions = new NerNameMentions().apply(view, List.of());
    Set<String> cities =
        new KnownSettlements(PLACES)
            .apply(view, mentions).stream()
                .filter(m -> m.ner() == NerTag.CITY)
                .map(NameMention::text)
                .collect(Collectors.toSet());

    assertEquals(Set.of("Piraeus", "Limassol"), cities);
    assertTrue(PLACES.region("Asia").isPresent());
  }

  @Test
  void aTownWrittenWithOtherAccentsOrTransliteratedUmlautsIsACity() {
    KnownSettlements settlements =
        new KnownSettlements(
            PLACES,
            Map.of(
                "Norţa",
                30_000,
                "Årmark",
                5_000,
                "Überholm",
                8_000,
                "Quärn",
                2_000,
                "Vela",
                9_000));
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION opened/VBD/O in/IN/O Norța/NNP/LOCATION ,/,/O"
                    + " Aarmark/NNP/LOCATION and/CC/O Ueberholm/NNP/LOCATION ././O")
            .sentence("Quaern/NNP/LOCATION and/CC/O Velá/NNP/LOCATION froze/VBD/O ././O")
            .build();
    DocumentView view = new DocumentView(doc);
    Map<String, NerTag> types =
        settlements.apply(view, new NerNameMentions().apply(view, List.of())).stream()
            .collect(Collectors.toMap(NameMention::text, NameMention::ner, (a, b) -> b));

    assertEquals(NerTag.CITY, types.get("Norța"), types.toString());
    assertEquals(NerTag.CITY, types.get("Aarmark"));
    assertEquals(NerTag.CITY, types.get("Ueberholm"));
    assertEquals(NerTag.CITY, types.get("Quaern"), "ae is read as an umlaut's transliteration");
    assertEquals(
        NerTag.LOCATION, types.get("Velá"), "a plain table name does not answer an accented one");
  }
}
