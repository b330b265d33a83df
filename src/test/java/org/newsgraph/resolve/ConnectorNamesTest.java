package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NerTag;

/** Connectors such as "do" and capitalised ordinals belong to the names around them. */
class ConnectorNamesTest {

  private static Map<String, NerTag> types(AnnotatedDocument doc, MentionRepair repair) {
    DocumentView view = new DocumentView(doc);
    List<NameMention> mentions = new NerNameMentions().apply(view, List.of());
    Map<String, NerTag> types = new TreeMap<>();
    repair.apply(view, mentions).forEach(m -> types.put(m.text(), m.ner()));
    return types;
  }

  @Test
  void aConnectorAndTheCapitalisedWordsAfterItContinueAPlaceOrCompanyName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O began/VBD/O in/IN/O Rio/NNP/CITY Verde/NNP/CITY do/FW/O"
                    + " Norte/NNP/PERSON and/CC/O bought/VBD/O Frigorífico/NNP/ORGANIZATION"
                    + " Azul/NNP/ORGANIZATION do/FW/O Vale/NNP/LOCATION ././O")
            .sentence("Workers/NNS/O in/IN/O Lisbon/NNP/CITY do/VBP/O not/RB/O agree/VB/O ././O")
            .build();

    Map<String, NerTag> types = types(doc, new ConnectorNames());

    assertEquals(
        Map.of(
            "Rio Verde do Norte",
            NerTag.LOCATION,
            "Frigorífico Azul do Vale",
            NerTag.ORGANIZATION,
            "Lisbon",
            NerTag.CITY),
        types);
  }

  @Test
  void aCapitalisedOrdinalInsideASentenceStartsTheNameAfterIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ships/NNS/O met/VBD/O near/IN/O Second/JJ/ORDINAL Quarn/NNP/LOCATION"
                    + " Shoal/NNP/LOCATION ././O")
            .sentence(
                "Second/JJ/ORDINAL Acme/NNP/ORGANIZATION Group/NNP/ORGANIZATION grew/VBD/O"
                    + " ././O")
            .sentence(
                "The/DT/O second/JJ/ORDINAL Bolt/NNP/ORGANIZATION Works/NNP/ORGANIZATION"
                    + " plant/NN/O opened/VBD/O ././O")
            .build();

    Map<String, NerTag> types = types(doc, new OrdinalNames());

    assertEquals(
        Map.of(
            "Second Quarn Shoal",
            NerTag.LOCATION,
            "Acme Group",
            NerTag.ORGANIZATION,
            "Bolt Works",
            NerTag.ORGANIZATION),
        types);
  }

  @Test
  void aMentionEndsBeforeABracketItDoesNotClose() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Quarn/NNP/ORGANIZATION Water/NNP/ORGANIZATION Centre/NNP/ORGANIZATION"
                    + " -LRB-/-LRB-/ORGANIZATION Quarn/NNP/ORGANIZATION WC/NNP/ORGANIZATION"
                    + " -RRB-/-RRB-/O met/VBD/O ././O")
            .sentence(
                "Bolt/NNP/ORGANIZATION -LRB-/-LRB-/ORGANIZATION Europe/NNP/ORGANIZATION"
                    + " -RRB-/-RRB-/ORGANIZATION grew/VBD/O ././O")
            .build();

    Map<String, NerTag> types = types(doc, new UnclosedBrackets());

    assertEquals(
        Map.of(
            "Quarn Water Centre",
            NerTag.ORGANIZATION,
            "Bolt -LRB- Europe -RRB-",
            NerTag.ORGANIZATION),
        types,
        "the test document's text is its token words");
  }
}
