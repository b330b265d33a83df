package org.newsgraph.pipeline;

/** The stages of {@code newsgraph build} in the order they run, as timed by the benchmark. */
public enum BuildStage {
  /** Reading and cleaning the inputs, opening the store, merging with its documents. */
  INGEST("ingest", "read the inputs, open the store, merge with its documents"),
  /** Annotation through the annotation cache; includes loading CoreNLP on the first miss. */
  ANNOTATE("annotate", "CoreNLP annotation through the annotation cache, model loading included"),
  /** The TokensRegex/Semgrex pattern rules. */
  PATTERNS("patterns", "pattern rules over the annotations"),
  /** Entity resolution. */
  RESOLVE("resolve", "entity resolution"),
  /** Linking entities to Wikipedia. */
  LINK("link", "linking entities to Wikipedia"),
  /** Fact extraction. */
  EXTRACT("extract", "fact extraction"),
  /** Building the RDF dataset in memory. */
  GRAPH("graph", "building the RDF dataset in memory"),
  /** Opening the store; writing it in one transaction, build.json, and reading the summary back. */
  STORE("store", "opening the store, writing it (one transaction) and build.json");

  private final String label;
  private final String description;

  BuildStage(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The short name used in reports. */
  public String label() {
    return label;
  }

  /** What the stage covers, for reports. */
  public String description() {
    return description;
  }
}
