package org.newsgraph.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.Entity;

/**
 * What the fact rules share in one extraction, built once per {@link FactExtractor#extract} call.
 *
 * @param documents the documents, sorted by id
 * @param index the resolved mentions and entities
 * @param texts each document's text, by document id
 * @param datelineCountries the country of each document's dateline, by document id ({@link
 *     Datelines})
 */
record ExtractionContext(
    List<AnnotatedDocument> documents,
    MentionIndex index,
    Map<String, String> texts,
    Map<String, Entity> datelineCountries) {

  ExtractionContext {
    documents = List.copyOf(documents);
    texts = Map.copyOf(texts);
    datelineCountries = Map.copyOf(datelineCountries);
  }

  /** The context of documents (in any order) over the resolved mentions of the index. */
  static ExtractionContext of(
      List<AnnotatedDocument> documents, MentionIndex index, Capitals capitals) {
    List<AnnotatedDocument> sorted =
        documents.stream().sorted(Comparator.comparing(d -> d.document().id())).toList();
    Map<String, String> texts = new HashMap<>();
    sorted.forEach(d -> texts.put(d.document().id(), d.document().text()));
    return new ExtractionContext(
        sorted, index, texts, new Datelines(index, capitals).countries(sorted));
  }

  /** The text of the document with this id. */
  String textOf(String docId) {
    return texts.get(docId);
  }
}
