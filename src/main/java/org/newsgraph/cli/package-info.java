/**
 * The command-line interface: {@link org.newsgraph.cli.Main} (picocli) with the subcommands {@code
 * build}, {@code query}, {@code export}, {@code info}, {@code serve} and {@code bench}, and {@link
 * org.newsgraph.cli.BuildRun}, which runs the pipeline stages in order for {@code build} through
 * {@link org.newsgraph.cli.CorpusBuilder}; {@code serve --allow-ingest} keeps one of those, with
 * CoreNLP loaded, to add the documents it is sent ({@link org.newsgraph.cli.StoreIngestor}).
 *
 * <p>Conventions for every command: stdout carries data only, stderr diagnostics and progress;
 * failures are reported as one line {@code newsgraph: <what>: <what is wrong>; <what to do>} and a
 * documented exit code ({@link org.newsgraph.cli.ExitCodes}); stack traces only with {@code
 * --verbose}.
 */
package org.newsgraph.cli;
