package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a build runs on Spark.
 *
 * @param master the Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn},
 *     {@code k8s://...}), or empty to take it from {@code spark-submit}'s configuration
 * @param partitions how many partitions the corpus is cut into, or 0 for Spark's default
 *     parallelism (at most one partition per document)
 * @param shards where to write the dataset as N-Quads shards (one per partition) and load the store
 *     from them with the bulk loader, or empty to write the store directly
 */
public record SparkSettings(Optional<String> master, int partitions, Optional<Path> shards) {
  public SparkSettings {
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(shards, "shards");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be at least 1; got " + partitions);
    }
  }

  /** Settings that write the store directly, without shards. */
  public SparkSettings(Optional<String> master, int partitions) {
    this(master, partitions, Optional.empty());
  }
}
