package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** A body "of the" another full organisation name is two organisations. */
class ChainedOrganizationsTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Set<String> labels(AnnotatedDocument doc) {
    return RESOLVER.resolve(List.of(doc)).entities().stream()
        .map(Entity::label)
        .collect(Collectors.toSet());
  }

  @Test
  void aCommitteeOfAParliamentOfACountryIsTwoOrganisations() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O went/VBD/O to/IN/O the/DT/O Joint/NNP/ORGANIZATION"
                    + " Committee/NNP/ORGANIZATION on/IN/ORGANIZATION Budgets/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION the/DT/ORGANIZATION Parliament/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Norland/NNP/ORGANIZATION ././O")
            .build();

    Set<String> labels = labels(doc);

    assertTrue(labels.contains("Joint Committee on Budgets"), labels.toString());
    assertTrue(labels.contains("Parliament of Norland"), labels.toString());
  }

  @Test
  void aBodyOfABareNameOrOneWordBeforeOfTheStaysWhole() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O went/VBD/O to/IN/O the/DT/O Judicial/NNP/ORGANIZATION"
                    + " Committee/NNP/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION"
                    + " Royal/NNP/ORGANIZATION Council/NNP/ORGANIZATION ././O")
            .sentence(
                "It/PRP/O went/VBD/O to/IN/O the/DT/O Office/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION the/DT/ORGANIZATION High/NNP/ORGANIZATION"
                    + " Commission/NNP/ORGANIZATION for/IN/ORGANIZATION Norland/NNP/ORGANIZATION"
                    + " ././O")
            .build();

    Set<String> labels = labels(doc);

    assertEquals(
        Set.of(
            "Judicial Committee of the Royal Council", "Office of the High Commission for Norland"),
        labels);
  }
}
