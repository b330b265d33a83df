package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.RuleFile;

/** How candidate relation names map to relations ({@code kbp-relations.tsv} for KBP slots). */
final class SlotMapping {

  /** What must hold besides the type signature. */
  enum Check {
    NONE,
    LINKED,
    OFFICE,
    CUE
  }

  /** One way of reading a candidate. */
  record Reading(Relation relation, boolean inverse, Check check) {}

  private final Map<String, List<Reading>> kbp;

  private SlotMapping(Map<String, List<Reading>> kbp) {
    this.kbp = Map.copyOf(kbp);
  }

  /** The bundled mapping. */
  static SlotMapping loadDefault() {
    Map<String, List<Reading>> kbp = new HashMap<>();
    for (String line : RuleFile.lines("org/newsgraph/extract/kbp-relations.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length != 4) {
        throw new IllegalStateException(
            "kbp-relations.tsv: expected 'slot<TAB>relation<TAB>direction<TAB>check', got '"
                + line
                + "'");
      }
      Relation relation = relation(columns[1].strip());
      if (relation == null) {
        throw new IllegalStateException("kbp-relations.tsv: unknown relation in '" + line + "'");
      }
      kbp.computeIfAbsent(columns[0].strip(), s -> new ArrayList<>())
          .add(
              new Reading(
                  relation,
                  columns[2].strip().equals("inverse"),
                  Check.valueOf(columns[3].strip().toUpperCase(java.util.Locale.ROOT))));
    }
    return new SlotMapping(kbp);
  }

  /** The relation with this local name (e.g. {@code memberOf}), or null. */
  static Relation relation(String localName) {
    for (Relation relation : Relation.values()) {
      if (relation.localName().equals(localName)) {
        return relation;
      }
    }
    return null;
  }

  /**
   * The readings of a candidate: KBP slots by the table; pattern candidates name their relation
   * directly and need only the type signature.
   */
  List<Reading> readings(String extractor, String relationName) {
    if (extractor.equals("kbp")) {
      return kbp.getOrDefault(relationName, List.of());
    }
    Relation relation = relation(relationName);
    return relation == null ? List.of() : List.of(new Reading(relation, false, Check.NONE));
  }
}
