package org.newsgraph.resolve;

import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.ingest.SourceDocument;

/**
 * A model-free annotator for whole-build tests: every document becomes the one tagged sentence it
 * was made with ({@link DocBuilder#sentence}, "Jane/NNP/PERSON Doe/NNP/PERSON ..."), whose words,
 * joined by spaces, should be the document's text ({@link #text}).
 */
public final class TaggedAnnotator implements DocumentAnnotator {

  private final String tagged;

  /** An annotator that gives every document this tagged sentence. */
  public TaggedAnnotator(String tagged) {
    this.tagged = tagged;
  }

  /** The text of the tagged sentence: its words joined by spaces. */
  public String text() {
    return new DocBuilder("text").sentence(tagged).build().document().text();
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    AnnotatedDocument built = new DocBuilder(document.id()).sentence(tagged).build();
    return new AnnotatedDocument(
        document, built.sentences(), built.mentions(), built.candidates(), built.corefLinks());
  }

  @Override
  public String fingerprint() {
    return "tagged:" + tagged;
  }
}
