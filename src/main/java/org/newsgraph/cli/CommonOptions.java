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

  @Option(
      names = {"-v", "--verbose"},
      description = "Show stack traces on errors, and the NLP library's own messages.")
  private boolean verbose;

  /** The store folder. */
  public Path store() {
    return store;
  }

  /** Whether --verbose was given. */
  public boolean verbose() {
    return verbose;
  }
}
