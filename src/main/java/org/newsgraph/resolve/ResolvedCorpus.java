package org.newsgraph.resolve;

import java.util.List;

/**
 * The canonical entities of a corpus and every mention that names one.
 *
 * @param entities entities sorted by id
 * @param mentions mentions sorted by document, then offset
 */
public record ResolvedCorpus(List<Entity> entities, List<ResolvedMention> mentions) {
  public ResolvedCorpus {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }
}
