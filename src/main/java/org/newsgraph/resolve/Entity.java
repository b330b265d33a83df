package org.newsgraph.resolve;

import java.util.List;
import java.util.Optional;

/**
 * A canonical real-world entity, joined across all documents.
 *
 * @param id deterministic slug, unique in the corpus, e.g. {@code person/ana-lobo}
 * @param type its single type
 * @param label the fullest proper name found in the text
 * @param aliases every other surface form, sorted, without the label
 * @param wikipediaTitle English Wikipedia article title with underscores, when linked
 */
public record Entity(
    String id,
    EntityType type,
    String label,
    List<String> aliases,
    Optional<String> wikipediaTitle) {
  public Entity {
    aliases = List.copyOf(aliases);
  }
}
