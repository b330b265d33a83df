package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link DocumentLoader#load(List)} made of the inputs.
 *
 * @param documents the documents that could be read, in input order and, within a folder, sorted by
 *     id
 * @param problems every input that could not be used, in the order met
 */
public record LoadResult(List<SourceDocument> documents, List<LoadProblem> problems)
    implements Serializable {
  public LoadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** Whether every input could be used. */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
