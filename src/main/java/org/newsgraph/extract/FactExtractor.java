package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.ResolvedCorpus;

/** Turns relation candidates over resolved entities into facts with evidence and modality. */
public final class FactExtractor {

  /** Extracts every fact the documents state about the corpus's entities, sorted. */
  public List<Fact> extract(List<AnnotatedDocument> documents, ResolvedCorpus corpus) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
