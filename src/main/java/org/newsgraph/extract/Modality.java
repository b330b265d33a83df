package org.newsgraph.extract;

/** How a sentence states a relation. Only {@link #ASSERTED} facts become plain triples. */
public enum Modality {
  /** Stated as true. */
  ASSERTED,
  /** Stated as false ("not in", "no plan to"). */
  NEGATED,
  /** Possible, planned, recommended or wished ("could", "should", "would welcome"). */
  HYPOTHETICAL
}
