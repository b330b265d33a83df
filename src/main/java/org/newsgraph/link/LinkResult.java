package org.newsgraph.link;

import org.newsgraph.resolve.ResolvedCorpus;

/**
 * What {@link WikipediaLinker#linkWithReport} did, for progress messages and build summaries.
 *
 * @param corpus the corpus with {@link Entity#wikipediaTitle()} set by the linker
 * @param entities entities in the corpus
 * @param linked entities that got an article
 * @param namesLookedUp distinct dictionary keys the entities' names needed
 * @param namesFromCache how many of those the link cache already had
 * @param dictionaryRead whether the dictionary, or its {@link WikiDictionaryIndex index}, was read
 *     (false when linking is off or every key was cached)
 * @param dictionaryMillis time spent reading the dictionary or its index, 0 when neither was read
 * @param indexUsed whether the keys missing from the cache were looked up in the {@link
 *     WikiDictionaryIndex index} (milliseconds) rather than by streaming the dictionary (seconds)
 */
public record LinkResult(
    ResolvedCorpus corpus,
    int entities,
    int linked,
    int namesLookedUp,
    int namesFromCache,
    boolean dictionaryRead,
    long dictionaryMillis,
    boolean indexUsed) {}
