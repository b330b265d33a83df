/**
 * A knowledge base the user supplies: {@link org.newsgraph.link.kb.KnowledgeBaseBuilder} turns
 * English Wikipedia's dump files ({@code page}, {@code redirect}, {@code page_props} SQL dumps) and
 * optionally a Wikidata JSON dump into a folder with a surface-form dictionary in the format of
 * {@link org.newsgraph.link.WikiDictionary}, its {@link org.newsgraph.link.WikiDictionaryIndex},
 * and a title-to-QID table; {@link org.newsgraph.link.kb.KnowledgeBase} opens such a folder for the
 * linker and the graph builder. The dumps are streamed and joined by sorting on disk ({@link
 * org.newsgraph.link.kb.LineSorter}), so memory stays bounded whatever their size. See
 * docs/linking.md, "A current knowledge base".
 */
package org.newsgraph.link.kb;
