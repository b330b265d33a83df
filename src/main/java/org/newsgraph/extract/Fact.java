package org.newsgraph.extract;

import java.util.List;

/**
 * A relation between two canonical entities (or an entity and a title), with every sentence that
 * supports it.
 *
 * @param subjectId the subject entity id
 * @param relation the relation
 * @param object the object entity id, or for {@link Relation#TITLE} the title text in lower case
 * @param modality how the text states it
 * @param confidence combined confidence in [0, 1] (see the README for the formula)
 * @param evidence the supporting sentences, sorted by document and offset
 */
public record Fact(
    String subjectId,
    Relation relation,
    String object,
    Modality modality,
    double confidence,
    List<Evidence> evidence) {
  public Fact {
    evidence = List.copyOf(evidence);
  }
}
