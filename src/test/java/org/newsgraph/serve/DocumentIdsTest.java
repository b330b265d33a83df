package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which document ids {@code POST /ingest} accepts, and what it says about the others. */
class DocumentIdsTest {

  @Test
  void idsLikeThoseOfBuiltFilesAreAccepted() {
    for (String id :
        new String[] {
          "a", "article.txt", "wire/2024-03-01 alliance.txt", "press/x_1.md", "Zürich"
        }) {
      assertEquals(Optional.empty(), DocumentIds.check(id), id);
    }
  }

  @Test
  void pathTricksAndOddCharactersAreRefused() {
    for (String id :
        new String[] {
          "/etc/passwd", "../x", "a/../b", "a//b", "a/", ".hidden", "a?b", "a\\b", " lead", "a<b>"
        }) {
      Optional<String> message = DocumentIds.check(id);
      assertTrue(message.isPresent(), id);
      assertTrue(message.get().contains("'" + id + "'"), message.get());
    }
  }

  @Test
  void aMissingOrOverlongIdSaysWhatToGive() {
    assertTrue(DocumentIds.check(null).orElseThrow().contains("?id=NAME"));
    assertTrue(DocumentIds.check("").orElseThrow().contains("?id=NAME"));
    String longId = "a".repeat(DocumentIds.MAX_LENGTH + 1);
    assertTrue(
        DocumentIds.check(longId).orElseThrow().contains("at most " + DocumentIds.MAX_LENGTH));
    assertEquals(Optional.empty(), DocumentIds.check("a".repeat(DocumentIds.MAX_LENGTH)));
  }
}
