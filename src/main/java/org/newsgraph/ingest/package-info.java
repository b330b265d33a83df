/**
 * The ingest stage: reads the user's input files and folders into {@link
 * org.newsgraph.ingest.SourceDocument}s, the first records of the pipeline.
 *
 * <p>Entry point: {@link org.newsgraph.ingest.DocumentLoader#load(java.util.List)}, which walks
 * folders (sorted, hidden files skipped), decodes strict UTF-8, turns HTML into text with one block
 * per line, cleans the text by general rules ({@link org.newsgraph.ingest.TextCleaner}) and mints
 * document ids from paths. Every input it cannot use becomes a {@link
 * org.newsgraph.ingest.LoadProblem} that names the file, says what is wrong and what to do; nothing
 * is thrown for bad input.
 */
package org.newsgraph.ingest;
