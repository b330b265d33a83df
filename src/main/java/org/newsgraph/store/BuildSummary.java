package org.newsgraph.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a build records beside the graph, in {@code STORE/build.json} (kept out of the RDF so the
 * graph stays deterministic).
 *
 * @param buildTime when the build ran
 * @param settings the pipeline settings it ran with, by name
 * @param counts whatever the build counted (documents, entities, facts, problems...), by name
 */
public record BuildSummary(
    Instant buildTime, Map<String, String> settings, Map<String, Long> counts) {
  public BuildSummary {
    Objects.requireNonNull(buildTime, "buildTime");
    settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
  }
}
