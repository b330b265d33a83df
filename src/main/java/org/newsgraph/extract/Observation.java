package org.newsgraph.extract;

/**
 * One sentence's support for one relation between entities, before facts are combined.
 *
 * @param subjectId the subject entity id
 * @param relation the relation
 * @param object the object entity id, or the title text for {@link Relation#TITLE}
 * @param modality how this sentence states it
 * @param evidence the sentence and the extractor's confidence
 */
record Observation(
    String subjectId, Relation relation, String object, Modality modality, Evidence evidence) {}
