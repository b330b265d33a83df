package org.newsgraph.cli;

import org.newsgraph.pipeline.BuildStatus;
import org.newsgraph.pipeline.PipelineException;

/** The exit codes of every newsgraph command (also listed in {@code --help} and the README). */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** {@code build --keep-going}: the good inputs were stored, some inputs could not be used. */
  public static final int SOME_INPUTS_FAILED = 1;

  /** Wrong command-line usage: unknown option, missing argument, invalid value. */
  public static final int USAGE = 2;

  /** Bad input (unreadable, not UTF-8, empty, missing file...); nothing was written. */
  public static final int BAD_INPUT = 3;

  /** The store is locked by another process, missing, or not a newsgraph store. */
  public static final int STORE_UNUSABLE = 4;

  /** The SPARQL query is invalid. */
  public static final int INVALID_QUERY = 5;

  /** The output file cannot be written. */
  public static final int OUTPUT_FAILED = 6;

  /** {@code serve}: the server cannot listen (port in use, host not of this machine). */
  public static final int SERVER_FAILED = 7;

  /**
   * The graph does not conform to the shapes ({@code ontology/shapes.ttl}): {@code validate} on a
   * store, or a build (a newsgraph bug; nothing was written).
   */
  public static final int INVALID_GRAPH = 8;

  /** An internal error (a bug, or the JVM ran out of memory). */
  public static final int INTERNAL_ERROR = 70;

  /** The exit-code section of the help texts. */
  static final String[] HELP_LIST = {
    "0:Success.",
    "1:build --keep-going: some inputs could not be used (listed); the others were stored.",
    "2:Usage error (unknown option, missing or invalid argument).",
    "3:Bad input (missing, unreadable, binary, non-UTF-8 or empty file); nothing was written.",
    "4:Store unusable: in use by another process, missing, or not a newsgraph store.",
    "5:Invalid SPARQL query (the message gives line and column).",
    "6:The output file cannot be written.",
    "7:serve: the server cannot listen (port in use, or host not of this machine).",
    "8:The graph does not conform to the shapes (validate; a build writes nothing then).",
    "70:Internal error (rerun with --verbose for the stack trace).",
  };

  private ExitCodes() {}

  /** The exit code of a build that ended without an exception. */
  static int of(BuildStatus status) {
    return switch (status) {
      case OK -> OK;
      case SOME_INPUTS_FAILED -> SOME_INPUTS_FAILED;
      case BAD_INPUT -> BAD_INPUT;
    };
  }

  /** The exit code of a pipeline failure. */
  static int of(PipelineException.Kind kind) {
    return switch (kind) {
      case BAD_INPUT -> BAD_INPUT;
      case STORE_UNUSABLE -> STORE_UNUSABLE;
      case OUTPUT_FAILED -> OUTPUT_FAILED;
      case BUILD_FAILED -> INTERNAL_ERROR;
      case INVALID_GRAPH -> INVALID_GRAPH;
    };
  }
}
