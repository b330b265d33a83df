package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** "Board of X" is X when the text names X as an organisation. */
class BoardNamesTest {

  private static List<String> names(AnnotatedDocument doc) {
    DocumentView view = new DocumentView(doc);
    List<NameMention> mentions = new NerNameMentions().apply(view, List.of());
    return new BoardNames().apply(view, mentions).stream().map(NameMention::text).toList();
  }

  @Test
  void theBoardOfANamedCompanyIsTheCompany() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Defence/NNP/ORGANIZATION Systems/NNP/ORGANIZATION"
                    + " Oy/NNP/ORGANIZATION won/VBD/O ././O")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O Chairman/NNP/TITLE of/IN/O the/DT/O"
                    + " Board/NNP/ORGANIZATION of/IN/ORGANIZATION Acme/NNP/ORGANIZATION"
                    + " Defence/NNP/ORGANIZATION Systems/NNP/ORGANIZATION ,/,/O spoke/VBD/O"
                    + " ././O")
            .sentence(
                "He/PRP/O joined/VBD/O the/DT/O Board/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Trade/NNP/ORGANIZATION ././O")
            .build();

    assertEquals(
        List.of("Acme Defence Systems Oy", "Ana Lobo", "Acme Defence Systems", "Board of Trade"),
        names(doc));
  }
}
