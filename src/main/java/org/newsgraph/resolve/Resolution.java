package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NerTag;

/**
 * The state of one resolution between its steps ({@link ResolutionStep}); immutable, each step
 * gives a new one.
 *
 * @param documents the documents, by id
 * @param mentions each document's name mentions, by document id
 * @param definitions acronyms and other names the text defines, with their long names
 * @param longNames long names to spread over the corpus, mapped to their NER type
 * @param acronyms defined acronyms and group names, mapped to their NER type
 * @param clusters the cluster id of each name mention, once clustered
 * @param entities the entities built from the clusters, with their mentions
 */
record Resolution(
    List<DocumentView> documents,
    Map<String, List<NameMention>> mentions,
    List<AcronymFinder.Definition> definitions,
    Map<String, NerTag> longNames,
    Map<String, NerTag> acronyms,
    Map<NameMention, String> clusters,
    List<EntityBuilder.Built> entities) {

  Resolution {
    documents = List.copyOf(documents);
    Map<String, List<NameMention>> byDocument = new TreeMap<>();
    mentions.forEach((id, list) -> byDocument.put(id, List.copyOf(list)));
    mentions = Collections.unmodifiableMap(byDocument);
    definitions = List.copyOf(definitions);
    longNames = Collections.unmodifiableMap(new TreeMap<>(longNames));
    acronyms = Collections.unmodifiableMap(new TreeMap<>(acronyms));
    clusters = Collections.unmodifiableMap(new LinkedHashMap<>(clusters));
    entities = List.copyOf(entities);
  }

  /** The start of resolving the documents: no mentions yet. */
  static Resolution of(List<AnnotatedDocument> documents) {
    List<DocumentView> views =
        documents.stream()
            .sorted(Comparator.comparing(d -> d.document().id()))
            .map(DocumentView::new)
            .toList();
    Map<String, List<NameMention>> none = new TreeMap<>();
    views.forEach(v -> none.put(v.id(), List.of()));
    return new Resolution(views, none, List.of(), Map.of(), Map.of(), Map.of(), List.of());
  }

  /** The document with the id (the documents are in id order). */
  DocumentView document(String id) {
    int low = 0;
    int high = documents.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = documents.get(middle).id().compareTo(id);
      if (order == 0) {
        return documents.get(middle);
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    throw new IllegalArgumentException("No document " + id);
  }

  /** The document's mentions, in text order. */
  List<NameMention> mentionsOf(DocumentView document) {
    return mentions.get(document.id());
  }

  /** Every mention, document by document. */
  List<NameMention> allMentions() {
    List<NameMention> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(mentionsOf(d)));
    return all;
  }

  Resolution withMentions(Map<String, List<NameMention>> newMentions) {
    return new Resolution(
        documents, newMentions, definitions, longNames, acronyms, clusters, entities);
  }

  Resolution withDefinitions(
      Map<String, List<NameMention>> newMentions,
      List<AcronymFinder.Definition> newDefinitions,
      Map<String, NerTag> newLongNames,
      Map<String, NerTag> newAcronyms) {
    return new Resolution(
        documents, newMentions, newDefinitions, newLongNames, newAcronyms, clusters, entities);
  }

  Resolution withClusters(Map<NameMention, String> newClusters) {
    return new Resolution(
        documents, mentions, definitions, longNames, acronyms, newClusters, entities);
  }

  Resolution withEntities(List<EntityBuilder.Built> newEntities) {
    return new Resolution(
        documents, mentions, definitions, longNames, acronyms, clusters, newEntities);
  }
}
