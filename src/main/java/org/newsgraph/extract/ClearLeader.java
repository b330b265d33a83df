package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;

/**
 * The key a document counts clearly most often: at least a minimum number of times and at least a
 * given multiple of the runner-up's count. A tie never has a clear leader. Used to find what a
 * document is about (its organisation, its country) from its mentions.
 */
final class ClearLeader {

  private ClearLeader() {}

  /**
   * The clear leader of the counts, if there is one.
   *
   * @param counts how often each key occurs
   * @param minCount the fewest occurrences the leader needs
   * @param lead how many times the runner-up's count the leader needs
   */
  static Optional<String> of(Map<String, Integer> counts, int minCount, int lead) {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      int count = entry.getValue();
      if (count > first || (count == first && entry.getKey().compareTo(best) < 0)) {
        second = Math.max(second, first);
        first = count;
        best = entry.getKey();
      } else {
        second = Math.max(second, count);
      }
    }
    if (best == null || first < minCount || first < lead * second) {
      return Optional.empty();
    }
    return Optional.of(best);
  }
}
