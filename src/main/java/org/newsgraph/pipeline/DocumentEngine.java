package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.annotate.BatchAnnotator;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.ingest.FileToRead;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;

/**
 * Runs the per-document stages of a build (reading and cleaning the inputs; annotation through the
 * cache and the pattern rules) over a whole corpus somewhere other than this build's own threads:
 * the Spark engine ({@code build --engine spark}) runs them in the partitions of a Spark job. The
 * build then runs the corpus-wide stages (resolve, link, extract, graph) and writes the store as
 * usual, so the graph is the one the single-process engine makes. Closing it releases the engine
 * (stops the Spark context).
 */
public interface DocumentEngine extends AutoCloseable {

  /**
   * Processes every document.
   *
   * @param corpus the documents, sorted by id
   * @param work what each worker needs (caches, settings)
   * @param messages told what the engine is doing, for the build's progress
   * @param progress told of each document when it is finished (as soon as the engine knows: with
   *     Spark, within a heartbeat of the executor finishing it), once each
   * @return one outcome per document, in the order of {@code corpus}
   */
  List<DocumentOutcome> process(
      List<SourceDocument> corpus,
      DocumentWork work,
      Consumer<String> messages,
      BatchAnnotator.ProgressListener progress);

  /**
   * Reads, decodes and cleans the files (planned by {@link
   * org.newsgraph.ingest.DocumentLoader#plan}) where the documents are processed.
   *
   * @param files the files to read
   * @param limit the largest document accepted
   * @param messages told what the engine is doing
   * @return one result per file (its document, or the problem that names it), in order
   */
  List<LoadResult> read(List<FileToRead> files, DocumentLimit limit, Consumer<String> messages);

  /**
   * Where the build writes its RDF dataset as N-Quads shards, one per partition, and loads the
   * store from them with the bulk loader; empty (the default) to write the store directly.
   */
  default Optional<Path> shardFolder() {
    return Optional.empty();
  }

  /**
   * The documents cut as this engine cuts the corpus into partitions ({@link #process} with a
   * corpus of these ids).
   *
   * @param ids the corpus's document ids, sorted
   * @return the ids of each partition, in partition order; one partition by default
   */
  default List<List<String>> partitions(List<String> ids) {
    return List.of(List.copyOf(ids));
  }

  /** A short description for progress lines, e.g. "Spark local[2], 2 partitions". */
  String describe();

  @Override
  void close();
}
