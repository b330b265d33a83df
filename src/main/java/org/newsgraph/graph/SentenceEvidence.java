package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.Evidence;

/**
 * The evidence of a fact from one sentence of one document. When several extractors found the fact
 * in the same sentence, they share one evidence node: it lists every extractor and takes the
 * highest confidence.
 *
 * @param docId the document
 * @param sentence 0-based sentence index
 * @param begin UTF-16 offset of the sentence in the document
 * @param end UTF-16 offset just past the sentence
 * @param extractors the extractors that found the fact there, sorted
 * @param confidence the highest of their confidences
 */
record SentenceEvidence(
    String docId,
    int sentence,
    int begin,
    int end,
    SortedSet<String> extractors,
    double confidence) {

  private record Key(String docId, int sentence) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::docId).thenComparingInt(Key::sentence);

  /** Groups a fact's evidence by (document, sentence), in document then sentence order. */
  static List<SentenceEvidence> group(Collection<Evidence> evidence) {
    Map<Key, SentenceEvidence> groups = new TreeMap<>(ORDER);
    for (Evidence e : evidence) {
      groups.merge(new Key(e.docId(), e.sentence()), of(e), SentenceEvidence::combine);
    }
    return new ArrayList<>(groups.values());
  }

  private static SentenceEvidence of(Evidence e) {
    return new SentenceEvidence(
        e.docId(),
        e.sentence(),
        e.begin(),
        e.end(),
        new TreeSet<>(List.of(e.extractor())),
        e.confidence());
  }

  private SentenceEvidence combine(SentenceEvidence other) {
    SortedSet<String> all = new TreeSet<>(extractors);
    all.addAll(other.extractors);
    return new SentenceEvidence(
        docId, sentence, begin, end, all, Math.max(confidence, other.confidence));
  }
}
