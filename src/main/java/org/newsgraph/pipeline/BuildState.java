package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.graph.BuiltGraph;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.link.LinkResult;
import org.newsgraph.resolve.ResolvedCorpus;

/**
 * What a build has made so far, handed from stage to stage: each {@link PipelineStep} returns a
 * copy with its own result added. A field is null until the stage that makes it has run.
 *
 * @param documents the corpus, sorted by id
 * @param annotated the annotated documents (after the pattern stage, with the rules applied)
 * @param resolved the entities and mentions (after the link stage, with links)
 * @param linking what linking did, for the build's counts
 * @param facts the facts extracted
 * @param graph the RDF dataset
 */
record BuildState(
    List<SourceDocument> documents,
    List<AnnotatedDocument> annotated,
    ResolvedCorpus resolved,
    LinkResult linking,
    List<Fact> facts,
    BuiltGraph graph) {

  /** The state before the first stage: the documents to build. */
  static BuildState of(List<SourceDocument> documents) {
    return new BuildState(List.copyOf(documents), null, null, null, null, null);
  }

  /** The state of documents that are annotated already (the server's warm-up). */
  static BuildState annotated(List<AnnotatedDocument> annotated) {
    return of(annotated.stream().map(AnnotatedDocument::document).toList())
        .withAnnotated(annotated);
  }

  BuildState withAnnotated(List<AnnotatedDocument> newAnnotated) {
    return new BuildState(documents, newAnnotated, resolved, linking, facts, graph);
  }

  BuildState withResolved(ResolvedCorpus newResolved) {
    return new BuildState(documents, annotated, newResolved, linking, facts, graph);
  }

  /** The state with the linking result; its corpus replaces the unlinked one. */
  BuildState withLinking(LinkResult newLinking) {
    return new BuildState(documents, annotated, newLinking.corpus(), newLinking, facts, graph);
  }

  BuildState withFacts(List<Fact> newFacts) {
    return new BuildState(documents, annotated, resolved, linking, newFacts, graph);
  }

  BuildState withGraph(BuiltGraph newGraph) {
    return new BuildState(documents, annotated, resolved, linking, facts, newGraph);
  }
}
