package org.newsgraph.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One N-Quads file of a sharded dataset ({@link NQuadsShardWriter}).
 *
 * @param file the file written
 * @param graphs how many named graphs it holds (each named graph is in exactly one shard)
 * @param quads how many quads it holds
 */
public record NQuadsShard(Path file, int graphs, long quads) {
  public NQuadsShard {
    Objects.requireNonNull(file, "file");
  }
}
