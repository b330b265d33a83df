package org.newsgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.resolve.Entity;

/**
 * The builder's inputs indexed by id, so that every reference between them (a mention's entity, a
 * fact's subject, an evidence's document) is checked before it becomes a triple.
 */
final class InputIndex {

  private final Map<String, SourceDocument> documents = new HashMap<>();
  private final Map<String, Entity> entities = new HashMap<>();

  InputIndex(List<AnnotatedDocument> annotated, List<Entity> corpusEntities) {
    for (AnnotatedDocument doc : annotated) {
      SourceDocument source = doc.document();
      if (documents.put(source.id(), source) != null) {
        throw new IllegalArgumentException(
            "Two input documents have the id '" + source.id() + "': ids must be unique");
      }
    }
    for (Entity entity : corpusEntities) {
      if (entities.put(entity.id(), entity) != null) {
        throw new IllegalArgumentException(
            "Two entities have the id '" + entity.id() + "': entity ids must be unique");
      }
    }
  }

  /** The document with this id, or an error naming who referred to it. */
  SourceDocument document(String docId, String referrer) {
    SourceDocument doc = documents.get(docId);
    if (doc == null) {
      throw new IllegalArgumentException(referrer + " refers to unknown document '" + docId + "'");
    }
    return doc;
  }

  /** Checks that an entity id is known, naming who referred to it otherwise. */
  void requireEntity(String entityId, String referrer) {
    if (!entities.containsKey(entityId)) {
      throw new IllegalArgumentException(referrer + " refers to unknown entity '" + entityId + "'");
    }
  }
}
