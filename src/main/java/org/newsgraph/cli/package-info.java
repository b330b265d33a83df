/**
 * The command-line interface, and only that: {@link org.newsgraph.cli.Main} (picocli) with the
 * subcommands {@code build}, {@code query}, {@code export}, {@code info}, {@code serve} and {@code
 * bench}. Each command parses its options, calls the stage packages (a build runs through {@link
 * org.newsgraph.pipeline.BuildRun}, the benchmark through {@link org.newsgraph.bench.Benchmark})
 * and reports.
 *
 * <p>Conventions for every command: stdout carries data only, stderr diagnostics and progress;
 * failures are reported as one line {@code newsgraph: <what>: <what is wrong>; <what to do>} and a
 * documented exit code ({@link org.newsgraph.cli.ExitCodes}, which also maps the pipeline's {@link
 * org.newsgraph.pipeline.PipelineException} kinds); stack traces only with {@code --verbose}.
 */
package org.newsgraph.cli;
