package org.newsgraph.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

/** A real TDB2 store holding the {@link SampleCorpus.Wire}, for the server and browser tests. */
final class SampleStore {

  private SampleStore() {}

  /** Creates the store in {@code folder} and returns it open. */
  static GraphStore create(Path folder) {
    GraphStore store = GraphStore.open(folder);
    store.replaceContents(
        SampleCorpus.Wire.dataset(),
        new BuildSummary(Instant.parse("2024-03-02T12:00:00Z"), Map.of(), Map.of()));
    return store;
  }
}
