package org.newsgraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of entity resolution, in the manner of an analysis chain: {@link EntityResolver} runs
 * its steps in one fixed order, each taking the {@link Resolution} the step before gave. Steps hold
 * no state between runs.
 */
interface ResolutionStep {

  /** The resolution after this step. */
  Resolution apply(Resolution resolution);

  /** A step that applies a mention repair to each document's mentions on its own. */
  static ResolutionStep eachDocument(MentionRepair repair) {
    return resolution -> {
      Map<String, List<NameMention>> repaired = new TreeMap<>();
      for (DocumentView document : resolution.documents()) {
        repaired.put(document.id(), repair.apply(document, resolution.mentionsOf(document)));
      }
      return resolution.withMentions(repaired);
    };
  }
}
