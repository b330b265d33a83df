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

  /**
   * Options with the defaults of {@code newsgraph build}: as many threads as processors, stop at
   * the first unusable input, merge with earlier builds, default CoreNLP, linking and graph
   * settings, the default document size limit, the bundled dictionary and no learned relation
   * classifier. The {@code with...} methods change one setting each.
   *
   * @param inputs the files and folders to read
   * @param store the store folder
   */
  public static BuildOptions defaults(List<Path> inputs, Path store) {
    return new BuildOptions(
        inputs,
        store,
        Runtime.getRuntime().availableProcessors(),
        false,
        false,
        AnnotatorSettings.defaults(),
        LinkSettings.defaults(),
        GraphSettings.defaults(),
        DocumentLimit.DEFAULT,
        Optional.empty(),
        LearnedSettings.OFF);
  }

  /** These options with this many documents annotated at once. */
  public BuildOptions withThreads(int count) {
    return new BuildOptions(
        inputs,
        store,
        count,
        keepGoing,
        fresh,
        annotator,
        link,
        graph,
        documentLimit,
        knowledgeBase,
        learned);
  }

  /** These options storing the good inputs when some cannot be used, or not. */
  public BuildOptions withKeepGoing(boolean value) {
    return new BuildOptions(
        inputs,
        store,
        threads,
        value,
        fresh,
        annotator,
        link,
        graph,
        documentLimit,
        knowledgeBase,
        learned);
  }

  /** These options forgetting the documents of earlier builds, or not. */
  public BuildOptions withFresh(boolean value) {
    return new BuildOptions(
        inputs,
        store,
        threads,
        keepGoing,
        value,
        annotator,
        link,
        graph,
        documentLimit,
        knowledgeBase,
        learned);
  }

  /** These options with these CoreNLP settings. */
  public BuildOptions withAnnotator(AnnotatorSettings settings) {
    return new BuildOptions(
        inputs,
        store,
        threads,
        keepGoing,
        fresh,
        settings,
        link,
        graph,
        documentLimit,
        knowledgeBase,
        learned);
  }

  /** These options with these linking settings. */
  public BuildOptions withLink(LinkSettings settings) {
    return new BuildOptions(
        inputs,
        store,
        threads,
        keepGoing,
        fresh,
        annotator,
        settings,
        graph,
        documentLimit,
        knowledgeBase,
        learned);
  }

  /** These options with these graph settings. */
  public BuildOptions withGraph(GraphSettings settings) {
    return new BuildOptions(
        inputs,
        store,
        threads,
        keepGoing,
        fresh,
        annotator,
        link,
        settings,
        documentLimit,
        knowledgeBase,
        learned);
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
