package org.newsgraph.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.pipeline.Streams;

/** Runs {@link Main} in-process with captured stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  /** Runs with CoreNLP as the annotator (loaded only on an annotation-cache miss). */
  static CliRun of(String... args) {
    return with(null, args);
  }

  /** Runs with the annotator {@code loader} makes, or CoreNLP when it is null. */
  static CliRun with(Function<AnnotatorSettings, DocumentAnnotator> loader, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    Main main = loader == null ? new Main(streams) : new Main(streams, loader);
    int code = main.execute(args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with {@code stdin} as standard input. */
  static CliRun withStdin(String stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return of(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
