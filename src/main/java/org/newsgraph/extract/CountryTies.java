package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.resolve.EntityType;

/** The countries the text ties each person to: asserted employer or citizenship facts. */
final class CountryTies {

  private CountryTies() {}

  /** Person id to the ids of the countries its asserted employer and citizenship facts name. */
  static Map<String, Set<String>> of(List<Observation> observations, MentionIndex index) {
    Map<String, Set<String>> countries = new HashMap<>();
    for (Observation o : observations) {
      boolean national = o.relation() == Relation.EMPLOYER || o.relation() == Relation.CITIZENSHIP;
      boolean country =
          index.entity(o.object()).map(e -> e.type() == EntityType.COUNTRY).orElse(false);
      if (national && country && o.modality() == Modality.ASSERTED) {
        countries.computeIfAbsent(o.subjectId(), k -> new HashSet<>()).add(o.object());
      }
    }
    return countries;
  }
}
