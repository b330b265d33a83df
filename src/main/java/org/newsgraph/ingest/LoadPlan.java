package org.newsgraph.ingest;

import java.util.List;

/**
 * What {@link DocumentLoader#plan} found: the files to read, in the order {@link
 * DocumentLoader#load} reads them, and the inputs that cannot be used before any is read (missing
 * paths, unsupported types, an id two inputs share).
 *
 * @param files the files to read
 * @param problems the inputs that cannot be used
 */
public record LoadPlan(List<FileToRead> files, List<LoadProblem> problems) {
  public LoadPlan {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
