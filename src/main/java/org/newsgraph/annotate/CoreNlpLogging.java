package org.newsgraph.annotate;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** Switches CoreNLP's console logging (Redwood) between silent and its standard chatter. */
final class CoreNlpLogging {

  private CoreNlpLogging() {}

  /**
   * Applies the logging choice. Redwood's configuration is process-wide (CoreNLP's own global), so
   * the last pipeline loaded decides.
   */
  static void configure(boolean verbose) {
    if (verbose) {
      RedwoodConfiguration.standard().apply();
    } else {
      RedwoodConfiguration.current().clear().apply();
    }
  }
}
