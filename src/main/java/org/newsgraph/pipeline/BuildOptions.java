package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.link.kb.KnowledgeBase;

/**
 * Everything a build needs to know, checked.
 *
 * @param inputs the files and folders to read
 * @param store the store folder
 * @param threads how many documents to annotate at once, at least 1
 * @param keepGoing store the good inputs when some cannot be used
 * @param fresh forget the documents of earlier builds instead of merging with them
 * @param annotator the CoreNLP settings
 * @param link how entities are linked to Wikipedia
 * @param graph the graph settings (base IRI)
 * @param documentLimit the largest document accepted
 * @param knowledgeBase the knowledge base linking uses instead of the bundled dictionary (made by
 *     {@code newsgraph kb index}), or empty for the bundled one
 * @param learned whether the learned relation classifier adds facts, with which model, and where it
 *     writes its candidates for training ({@link LearnedSettings#OFF} by default)
 */
public record BuildOptions(
    List<Path> inputs,
    Path store,
    int threads,
    boolean keepGoing,
    boolean fresh,
    AnnotatorSettings annotator,
    LinkSettings link,
    GraphSettings graph,
    DocumentLimit documentLimit,
    Optional<KnowledgeBase> knowledgeBase,
    LearnedSettings learned) {
  public BuildOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(documentLimit, "documentLimit");
    Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    Objects.requireNonNull(learned, "learned");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1; got " + threads);
    }
  }

  /** Options without the learned relation classifier. */
  public BuildOptions(
      List<Path> inputs,
      Path store,
      int threads,
      boolean keepGoing,
      boolean fresh,
      AnnotatorSettings annotator,
      LinkSettings link,
      GraphSettings graph,
      DocumentLimit documentLimit,
      Optional<KnowledgeBase> knowledgeBase) {
    this(
        inputs,
        store,
        threads,
        keepGoing,
        fresh,
        annotator,
        link,
        graph,
        documentLimit,
        knowledgeBase,
        LearnedSettings.OFF);
  }

  /** Options that link with the bundled dictionary. */
  public BuildOptions(
      List<Path> inputs,
      Path store,
      int threads,
      boolean keepGoing,
      boolean fresh,
      AnnotatorSettings annotator,
      LinkSettings link,
      GraphSettings graph,
      DocumentLimit documentLimit) {
    this(
        inputs,
        store,
        threads,
        keepGoing,
        fresh,
        annotator,
        link,
        graph,
        documentLimit,
        Optional.empty());
  }

  /** Options with the default document size limit. */
  public BuildOptions(
      List<Path> inputs,
      Path store,
      int threads,
      boolean keepGoing,
      boolean fresh,
      AnnotatorSettings annotator,
      LinkSettings link,
      GraphSettings graph) {
    this(inputs, store, threads, keepGoing, fresh, annotator, link, graph, DocumentLimit.DEFAULT);
  }

  /** These options with the learned relation classifier set so. */
  public BuildOptions withLearned(LearnedSettings settings) {
    return new BuildOptions(
        inputs,
        store,
        threads,
        keepGoing,
        fresh,
        annotator,
        link,
        graph,
        documentLimit,
        knowledgeBase,
        settings);
  }
}
