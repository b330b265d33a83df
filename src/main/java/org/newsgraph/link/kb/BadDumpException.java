package org.newsgraph.link.kb;

import java.nio.file.Path;

/**
 * A dump file that cannot be used: not the format expected, or cut short. The message names the
 * file, says what is wrong with it and what to do.
 */
public final class BadDumpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Where complete dumps are downloaded from. */
  static final String DUMPS = "https://dumps.wikimedia.org/enwiki/latest/";

  BadDumpException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem + "; " + advice(file), cause);
  }

  BadDumpException(Path file, String problem) {
    this(file, problem, null);
  }

  private static String advice(Path file) {
    String name = String.valueOf(file.getFileName());
    String where =
        name.contains(".json") ? "https://dumps.wikimedia.org/wikidatawiki/entities/" : DUMPS;
    return "download it again from "
        + where
        + " (a partial download looks like this) and run"
        + " 'newsgraph kb index' again; the previous knowledge base, if any, is left as it was";
  }
}
