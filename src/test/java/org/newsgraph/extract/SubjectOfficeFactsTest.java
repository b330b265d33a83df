package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * An office of an organisation stated without it is in the organisation the text is about, when
 * that organisation is of a kind that has the office ({@link SubjectOffices}).
 */
class SubjectOfficeFactsTest {

  /** A text about Acme University, named three times, and once about Bolt Institute. */
  private static DocBuilder aboutAUniversity() {
    return new DocBuilder("a.txt")
        .sentence(
            "Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION opened/VBD/O a/DT/O campus/NN/O"
                + " ././O")
        .sentence(
            "Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION works/VBZ/O with/IN/O"
                + " Bolt/NNP/ORGANIZATION Institute/NNP/ORGANIZATION ././O")
        .sentence(
            "Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION has/VBZ/O 900/CD/NUMBER"
                + " staff/NN/O ././O");
  }

  @Test
  void anOfficeOfTheKindOfTheOrganisationTheTextIsAboutIsInThatOrganisation() {
    AnnotatedDocument doc =
        aboutAUniversity()
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O has/VBZ/O been/VBN/O"
                    + " vice-chancellor/NN/TITLE since/IN/O 2015/CD/DATE ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title vice-chancellor"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-university"), facts.toString());
  }

  @Test
  void anOfficeOfAnotherKindOfOrganisationIsNotGivenTheSubject() {
    AnnotatedDocument doc =
        aboutAUniversity()
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O has/VBZ/O been/VBN/O"
                    + " governor/NN/TITLE since/IN/O 2015/CD/DATE ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title governor"), facts.toString());
    assertFalse(
        facts.stream().anyMatch(f -> f.startsWith("person/jane-doe employer")), facts.toString());
  }

  @Test
  void anOfficeNextToAnotherOrganisationIsNotGivenTheSubject() {
    AnnotatedDocument doc =
        aboutAUniversity()
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O who/WP/O has/VBZ/O been/VBN/O"
                    + " vice-chancellor/NN/TITLE since/IN/O 2015/CD/DATE ,/,/O praised/VBD/O"
                    + " Bolt/NNP/ORGANIZATION Institute/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(
        facts.contains("person/jane-doe employer organization/acme-university"), facts.toString());
  }
}
