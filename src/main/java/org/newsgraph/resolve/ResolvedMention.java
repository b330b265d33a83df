package org.newsgraph.resolve;

/**
 * A stretch of text that names a canonical entity.
 *
 * @param entityId the {@link Entity#id()} it names
 * @param docId the document
 * @param sentence 0-based sentence index
 * @param begin document character offset
 * @param end document character offset just past the mention
 * @param text the surface form, verbatim
 */
public record ResolvedMention(
    String entityId, String docId, int sentence, int begin, int end, String text) {}
