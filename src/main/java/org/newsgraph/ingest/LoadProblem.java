package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input that could not be turned into a document.
 *
 * @param input the file or folder, as the user gave it (or as found under a folder they gave)
 * @param message what is wrong and what to do about it, e.g. {@code "not valid UTF-8 (byte offset
 *     12); convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)"}
 */
public record LoadProblem(String input, String message) implements Serializable {
  public LoadProblem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(message, "message");
  }

  /** The problem as one line for the user: {@code <input>: <message>}. */
  public String describe() {
    return input + ": " + message;
  }
}
