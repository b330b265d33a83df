package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of finding a document's name mentions: takes the mentions the earlier steps found and
 * gives them repaired, completed or filtered. Steps hold no state between documents.
 */
interface MentionRepair {

  /** Sorts the mentions in text order ({@link NameMention#TEXT_ORDER}). */
  MentionRepair TEXT_ORDER =
      (view, mentions) -> {
        List<NameMention> sorted = new ArrayList<>(mentions);
        sorted.sort(NameMention.TEXT_ORDER);
        return sorted;
      };

  /** The document's mentions after this step; the given list is left unchanged. */
  List<NameMention> apply(DocumentView view, List<NameMention> mentions);

  /**
   * The mentions with {@code added} after them: for steps that only add mentions NER missed.
   *
   * @param mentions the mentions so far, left unchanged
   * @param added the new mentions
   */
  static List<NameMention> plus(List<NameMention> mentions, List<NameMention> added) {
    List<NameMention> out = new ArrayList<>(mentions);
    out.addAll(added);
    return out;
  }
}
