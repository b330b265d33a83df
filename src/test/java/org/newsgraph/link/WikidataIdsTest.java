package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.EntityType;

class WikidataIdsTest {

  private static final String TABLE =
      """
      # An invented table.
      # title	QID	kind
      Freedonia	Q9000001	place
      Northern_Alliance_of_Freedonia	Q9000002	org

      acme_Corporation	Q9000003	org
      """;

  private static WikidataIds read(String text) throws IOException {
    return WikidataIds.read(new StringReader(text), "test table");
  }

  @Test
  void readsTitlesSkippingCommentsAndBlankLines() throws IOException {
    WikidataIds ids = read(TABLE);
    assertEquals(3, ids.size());
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.COUNTRY));
    assertEquals(
        Optional.of("Q9000002"),
        ids.qid("Northern_Alliance_of_Freedonia", EntityType.ORGANIZATION));
  }

  @Test
  void titlesAreComparedInMediaWikiForm() throws IOException {
    WikidataIds ids = read(TABLE);
    assertEquals(
        Optional.of("Q9000002"),
        ids.qid("Northern Alliance of Freedonia", EntityType.ORGANIZATION));
    assertEquals(Optional.of("Q9000003"), ids.qid("Acme_Corporation", EntityType.ORGANIZATION));
    assertEquals(
        Optional.empty(), ids.qid("Northern_alliance_of_Freedonia", EntityType.ORGANIZATION));
    assertEquals(Optional.empty(), ids.qid("Brightwater", EntityType.CITY));
  }

  @Test
  void placeIdsHoldForAnyTypeOrgIdsOnlyForOrganisations() throws IOException {
    WikidataIds ids = read(TABLE);
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.ORGANIZATION));
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.PLACE));
    assertEquals(Optional.empty(), ids.qid("Acme_Corporation", EntityType.CITY));
    assertEquals(Optional.empty(), ids.qid("Acme_Corporation", EntityType.PERSON));
  }

  @Test
  void aTitleWithAPlaceAndAnOrgIdGivesEachToItsOwnTypes() throws IOException {
    WikidataIds ids =
        read("Freedonia\tQ9000004\torg\nFreedonia\tQ9000001\tplace\nSylvania\tQ9000005\tplace\n");
    assertEquals(2, ids.size());
    assertEquals(Optional.of("Q9000004"), ids.qid("Freedonia", EntityType.ORGANIZATION));
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.COUNTRY));
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.CITY));
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.PLACE));
    assertEquals(Optional.empty(), ids.qid("Freedonia", EntityType.PERSON));
    assertEquals(Optional.of("Q9000005"), ids.qid("Sylvania", EntityType.ORGANIZATION));
    assertEquals(Optional.of("Q9000005"), ids.qid("Sylvania", EntityType.PERSON));
  }

  @Test
  void theOrderOfAPlaceAndAnOrgLineDoesNotMatter() throws IOException {
    WikidataIds ids = read("Freedonia\tQ9000001\tplace\nfreedonia\tQ9000004\torg\n");
    assertEquals(1, ids.size());
    assertEquals(Optional.of("Q9000004"), ids.qid("Freedonia", EntityType.ORGANIZATION));
    assertEquals(Optional.of("Q9000001"), ids.qid("Freedonia", EntityType.COUNTRY));
  }

  @Test
  void malformedLinesAndRepeatedTitlesAreErrorsWithTheirLineNumber() {
    for (String bad :
        new String[] {
          "Freedonia\tQ1\n Acme\t9000003\torg\n",
          "Freedonia\tQ1\tcountry\n",
          "Freedonia\tQ01\tplace\n",
          "\tQ1\tplace\n",
          "Freedonia\tQ1\tplace\textra\n"
        }) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(bad));
      assertTrue(e.getMessage().startsWith("test table line 1: "), e.getMessage());
    }
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> read("# x\nFreedonia\tQ1\tplace\nFreedonia\tQ2\tplace\n"));
    assertTrue(twice.getMessage().contains("line 3"), twice.getMessage());
    for (String sameKind :
        new String[] {
          "# x\nFreedonia\tQ1\torg\nFreedonia\tQ2\torg\n",
          "# x\nFreedonia\tQ1\tplace\nFreedonia\tQ1\tplace\n",
          "# x\nFreedonia\tQ1\tplace\nFreedonia\tQ2\titem\n",
          "# x\nFreedonia\tQ1\tplace\nFreedonia\tQ2\torg\nFreedonia\tQ3\torg\n"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> read(sameKind));
      assertTrue(e.getMessage().contains("given twice"), e.getMessage());
    }
  }

  @Test
  void theBundledTableLoadsOncePerJvm() {
    WikidataIds ids = WikidataIds.bundled();
    assertTrue(ids.size() > 1000, "size " + ids.size());
    assertSame(ids, WikidataIds.bundled());
  }
}
