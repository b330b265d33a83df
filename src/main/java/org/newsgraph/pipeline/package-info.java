/**
 * Runs a build: {@link org.newsgraph.pipeline.BuildRun} reads the inputs and, through a {@link
 * org.newsgraph.pipeline.CorpusBuilder}, merges them with the store's documents, runs the one
 * ordered list of stages ({@code StageChain}: annotate, pattern rules, resolve, link, extract,
 * graph) and replaces the store's contents in one transaction. {@code newsgraph build}, the
 * server's additions and warm-up ({@link org.newsgraph.pipeline.StoreIngestor}) and the benchmark
 * all run that list, each stage timed for a {@link org.newsgraph.pipeline.BuildStageListener}.
 *
 * <p>Failures the user can act on are {@link org.newsgraph.pipeline.PipelineException}s, whose kind
 * the command line maps to an exit code. Also here: progress on stderr, the code fingerprint
 * recorded in build.json, and where the Wikipedia dictionary index is installed or built.
 */
package org.newsgraph.pipeline;
