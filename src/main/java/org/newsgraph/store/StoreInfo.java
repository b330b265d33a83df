package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A summary of a store's contents.
 *
 * @param location the store folder
 * @param documents the number of documents
 * @param entitiesByType entity counts by class local name ({@code Person}, {@code Country}...)
 * @param factsByRelation fact node counts by relation local name ({@code employer}...), all
 *     modalities
 * @param factsByModality fact node counts by modality local name ({@code Asserted}...)
 * @param triples the number of triples stored over all graphs, the ontology included
 * @param lastBuild the last build's summary from {@code build.json}, when there is one
 */
public record StoreInfo(
    Path location,
    long documents,
    Map<String, Long> entitiesByType,
    Map<String, Long> factsByRelation,
    Map<String, Long> factsByModality,
    long triples,
    Optional<BuildSummary> lastBuild) {
  public StoreInfo {
    entitiesByType = Collections.unmodifiableMap(new TreeMap<>(entitiesByType));
    factsByRelation = Collections.unmodifiableMap(new TreeMap<>(factsByRelation));
    factsByModality = Collections.unmodifiableMap(new TreeMap<>(factsByModality));
  }

  /** The number of entities of all types. */
  public long entities() {
    return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The number of fact nodes of all relations and modalities. */
  public long facts() {
    return factsByRelation.values().stream().mapToLong(Long::longValue).sum();
  }
}
