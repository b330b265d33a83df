/**
 * The resolve stage: joins the name mentions of all documents into canonical entities ({@link
 * org.newsgraph.resolve.EntityResolver} gives a {@link org.newsgraph.resolve.ResolvedCorpus});
 * linking them to Wikipedia is the next stage, package {@code org.newsgraph.link}.
 *
 * <p>Resolution repairs NER spans by general rules, finds acronym definitions, spreads defined
 * names over the corpus, clusters surface forms (normal forms, country alternative names, surnames,
 * nation-qualified organisation names, acronyms) and types each entity by a vote over NER tags
 * corrected by general place lists (resources in {@code org/newsgraph/resolve/}). See
 * docs/resolution-and-extraction.md.
 */
package org.newsgraph.resolve;
