package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** What the text says is a member, or has members, is an organisation. */
class MembershipCuesTest {

  private static Map<String, Entity> byLabel(AnnotatedDocument doc) {
    return new EntityResolver()
        .resolve(List.of(doc)).entities().stream()
            .collect(Collectors.toMap(Entity::label, e -> e, (a, b) -> a));
  }

  @Test
  void theNameAfterMemberOfAndALocationThatIsAMemberAreOrganisations() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Norby/NNP/LOCATION is/VBZ/O also/RB/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Coral/NNP/LOCATION Islands/NNP/LOCATION Forum/NNP/LOCATION ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O Oil/NNP/O"
                    + " and/CC/O Gas/NNP/O Climate/NNP/O Initiative/NNP/O ././O")
            .sentence(
                "Jane/NNP/PERSON Roe/NNP/PERSON is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Kennedy/NNP/PERSON family/NN/O ././O")
            .sentence(
                "She/PRP/O flew/VBD/O to/IN/O the/DT/O Lake/NNP/LOCATION District/NNP/LOCATION"
                    + " ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Norby").type(), entities.toString());
    assertEquals(EntityType.ORGANIZATION, entities.get("Coral Islands Forum").type());
    assertEquals(EntityType.ORGANIZATION, entities.get("Oil and Gas Climate Initiative").type());
    assertEquals(EntityType.PERSON, entities.get("Kennedy").type());
    assertEquals(EntityType.PLACE, entities.get("Lake District").type());
  }
}
