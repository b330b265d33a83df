package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;

/** Finds the entity a stretch of a document names, from the resolved mentions. */
final class MentionIndex {

  private final Map<String, List<ResolvedMention>> mentionsByDoc = new HashMap<>();
  private final Map<String, Entity> entities = new HashMap<>();

  MentionIndex(ResolvedCorpus corpus) {
    for (ResolvedMention mention : corpus.mentions()) {
      mentionsByDoc.computeIfAbsent(mention.docId(), d -> new ArrayList<>()).add(mention);
    }
    corpus.entities().forEach(e -> entities.put(e.id(), e));
  }

  /** The entity with this id. */
  Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** Every entity of the corpus. */
  List<Entity> entities() {
    return List.copyOf(entities.values());
  }

  /** The resolved mentions of a document, in text order. */
  List<ResolvedMention> mentions(String docId) {
    return mentionsByDoc.getOrDefault(docId, List.of());
  }

  /**
   * The entity of the mention that shares most characters with the span, provided the shared part
   * is at least half of the span or of the mention. On a tie the mention whose length is closest to
   * the span's wins ("Italian" in "Italian navy" is the country), then the later one (the head of
   * an English noun phrase comes last).
   */
  Optional<Entity> entityAt(String docId, TextSpan span) {
    ResolvedMention best = null;
    int bestOverlap = 0;
    for (ResolvedMention mention : mentions(docId)) {
      int overlap = Math.min(span.end(), mention.end()) - Math.max(span.begin(), mention.begin());
      boolean enough =
          overlap * 2 >= span.end() - span.begin()
              || overlap * 2 >= mention.end() - mention.begin();
      boolean closer =
          overlap > bestOverlap
              || (best != null
                  && overlap == bestOverlap
                  && lengthGap(mention, span) <= lengthGap(best, span));
      if (overlap > 0 && enough && closer) {
        best = mention;
        bestOverlap = overlap;
      }
    }
    return best == null ? Optional.empty() : entity(best.entityId());
  }

  private static int lengthGap(ResolvedMention mention, TextSpan span) {
    return Math.abs((mention.end() - mention.begin()) - (span.end() - span.begin()));
  }
}
