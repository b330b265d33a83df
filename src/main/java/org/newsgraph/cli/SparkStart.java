package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.pipeline.DocumentEngine;
import org.newsgraph.spark.AnnotatorLoader;
import org.newsgraph.spark.SparkEngine;
import org.newsgraph.spark.SparkSettings;

/**
 * Starts the Spark engine for {@code build --engine spark}. Kept apart from {@link BuildCommand} so
 * that Spark's classes (a provided dependency: target/spark-lib, added by the launcher only for
 * this engine) are touched only here, and their absence is one clear message.
 */
final class SparkStart {

  private SparkStart() {}

  static DocumentEngine start(
      String master,
      Integer partitions,
      Path shards,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader) {
    if (partitions != null && partitions < 1) {
      throw new CliException(
          ExitCodes.USAGE, "--partitions", "must be at least 1; got " + partitions);
    }
    try {
      return SparkEngine.start(
          new SparkSettings(
              Optional.ofNullable(master),
              partitions == null ? 0 : partitions,
              Optional.ofNullable(shards)),
          AnnotatorLoader.of(annotatorLoader));
    } catch (NoClassDefFoundError e) {
      throw new CliException(
          ExitCodes.INTERNAL_ERROR,
          "--engine spark",
          "Spark is not on the class path ("
              + e.getMessage()
              + "); run through ./newsgraph, which adds target/spark-lib, or spark-submit",
          e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "--master", e.getMessage(), e);
    }
  }
}
