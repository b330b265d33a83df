package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.ingest.FileToRead;
import org.newsgraph.ingest.LoadResult;

/**
 * Reads, decodes and cleans the files of one partition, each into its document or the problem that
 * names it (as the single-process build reports it).
 */
final class ReadPartition implements FlatMapFunction<Iterator<FileToRead>, LoadResult> {

  private static final long serialVersionUID = 1L;

  private final DocumentLimit limit;

  /**
   * @param limit the largest document accepted
   */
  ReadPartition(DocumentLimit limit) {
    this.limit = limit;
  }

  @Override
  public Iterator<LoadResult> call(Iterator<FileToRead> files) {
    List<LoadResult> results = new ArrayList<>();
    files.forEachRemaining(file -> results.add(file.read(limit)));
    return results.iterator();
  }
}
