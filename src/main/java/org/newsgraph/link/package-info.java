/**
 * The link stage: links resolved entities to English Wikipedia articles (and DBpedia) offline, with
 * CoreNLP's Wikipedia dictionary from the {@code models-english-kbp} jar. {@link
 * org.newsgraph.link.WikipediaLinker} looks each entity's names up (in the {@link
 * org.newsgraph.link.WikiDictionaryIndex} when there is one, else by streaming the dictionary,
 * remembering answers in the store's {@link org.newsgraph.link.LinkCache}) and a {@code
 * LinkDecider} accepts an article only when the names point clearly to it (scores, margins, title
 * rules in {@code org/newsgraph/link/}). {@link org.newsgraph.link.WikidataIds} gives the Wikidata
 * QID of a linked title from a table shipped with the program. The subpackage {@code kb} makes and
 * opens a knowledge base from current Wikipedia dumps, used instead of the bundled dictionary. See
 * docs/linking.md.
 */
package org.newsgraph.link;
