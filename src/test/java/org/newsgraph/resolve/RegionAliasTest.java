package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** A place the text only names with a lower-case "region" after it keeps its bare name too. */
class RegionAliasTest {

  @Test
  void aPlaceNamedOnlyWithRegionHasItsBareNameAsAlias() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Trials/NNS/O run/VBP/O in/IN/O the/DT/O Norby/NNP/LOCATION region/NN/O"
                    + " of/IN/O Freedonia/NNP/COUNTRY ././O")
            .build();

    Entity norby =
        new EntityResolver()
            .resolve(List.of(doc)).entities().stream()
                .filter(e -> e.label().startsWith("Norby"))
                .findFirst()
                .orElseThrow();

    assertEquals("Norby region", norby.label());
    assertTrue(norby.aliases().contains("Norby"), norby.aliases().toString());
  }

  @Test
  void onlyALowerCaseRegionIsLeftOut() {
    assertEquals("Norby", EntityBuilder.withoutRegionWord("Norby region"));
    assertEquals("Kurdistan Region", EntityBuilder.withoutRegionWord("Kurdistan Region"));
    assertEquals("region", EntityBuilder.withoutRegionWord("region"));
  }
}
