package org.newsgraph.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity as a node of the entity-level graph.
 *
 * @param id the entity's IRI
 * @param type its class local name: {@code Person}, {@code Organization}, {@code Country}, {@code
 *     City} or {@code Place}
 * @param label its name
 * @param aliases its other names, sorted
 * @param link its English Wikipedia article, when linked
 * @param titles the titles that asserted title facts give it, sorted
 */
public record EntityNode(
    String id,
    String type,
    String label,
    List<String> aliases,
    Optional<String> link,
    List<String> titles) {
  public EntityNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(link, "link");
    titles = List.copyOf(titles);
  }
}
