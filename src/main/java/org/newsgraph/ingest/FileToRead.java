package org.newsgraph.ingest;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One input file found by {@link DocumentLoader#plan}, to be read where the reading happens (a
 * partition of a Spark job): serializable, so its path is a string.
 *
 * @param path the file, as found (relative paths against the driver's working folder)
 * @param id the document id
 * @param source the document's {@code dct:source}
 * @param format how its content is read (by the file's extension)
 */
public record FileToRead(String path, String id, String source, String format)
    implements Serializable {

  static FileToRead of(InputFile file) {
    return new FileToRead(file.path().toString(), file.id(), file.source(), file.format().name());
  }

  /** Reads, decodes and cleans the file: its document, or the problem that names it. */
  public LoadResult read(DocumentLimit limit) {
    return DocumentLoader.read(
        new InputFile(Path.of(path), id, source, InputFormat.valueOf(format)), limit);
  }
}
