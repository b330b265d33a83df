package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Finds the entity a span names when NER left the span untagged, so that no mention covers it:
 * "Korvan is a member of the X" after "Korvan Defence Systems Oy (Korvan)". The span must be
 * capitalised and be, exactly, the label or an alias of one and only one entity the same document
 * mentions; a name shared by two entities of the document says nothing.
 */
final class KnownNames {

  private final MentionIndex index;

  KnownNames(MentionIndex index) {
    this.index = index;
  }

  /** The one entity of the document that has the span's text as its label or an alias. */
  Optional<Entity> entityNamed(String docId, TextSpan span) {
    String name = span.text().strip();
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return Optional.empty();
    }
    Map<String, Entity> named = new LinkedHashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      index
          .entity(mention.entityId())
          .filter(e -> e.label().equals(name) || e.aliases().contains(name))
          .ifPresent(e -> named.put(e.id(), e));
    }
    return named.size() == 1 ? named.values().stream().findFirst() : Optional.empty();
  }
}
