package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every subcommand takes: {@code --store} and {@code --verbose} (a picocli mixin). */
public final class CommonOptions {

  /** The default store folder, relative to the working directory. */
  public static final String DEFAULT_STORE = "./newsgraph-store";

  @Option(
      names = {"-s", "--store"},
      paramLabel = "DIR",
      defaultValue = DEFAULT_STORE,
      description = "Store folder (TDB2 database, annotation cache, build.json).")
  private Path store;

  /** The slf4j-simple setting that {@code --verbose} raises to INFO (warn by default). */
  private static final String LIBRARY_LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private boolean verbose;

  /** The store folder. */
  public Path store() {
    return store;
  }

  /**
   * Sets --verbose. It also lets the libraries' INFO lines through (Jetty, Jena): picocli parses
   * the options before any library creates its first logger, which reads the level once.
   */
  @Option(
      names = {"-v", "--verbose"},
      description = "Show stack traces on errors, and the NLP library's own messages.")
  void verbose(boolean on) {
    verbose = on;
    if (on) {
      System.setProperty(LIBRARY_LOG_LEVEL, "info");
    }
  }

  /** Whether --verbose was given. */
  public boolean verbose() {
    return verbose;
  }
}
