package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.NameKey;

/** The names of an entity (label and aliases) as {@link NameKey} normal forms. */
final class EntityNames {

  private EntityNames() {}

  /** The normal forms of the entity's label and aliases. */
  static Set<String> keys(Entity entity) {
    Set<String> keys = new HashSet<>();
    keys.add(NameKey.of(entity.label()));
    entity.aliases().forEach(a -> keys.add(NameKey.of(a)));
    return keys;
  }
}
