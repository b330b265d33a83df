package org.newsgraph.pipeline;

/** How a build ended when it did not throw; the command line maps each to an exit code. */
public enum BuildStatus {
  /** Every input was used and the store holds the graph (or was up to date already). */
  OK,
  /** With {@code --keep-going}: the good inputs were stored, some could not be used (listed). */
  SOME_INPUTS_FAILED,
  /** Inputs could not be used (listed); nothing was written. */
  BAD_INPUT
}
