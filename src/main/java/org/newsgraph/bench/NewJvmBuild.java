package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.PipelineException;
import org.newsgraph.pipeline.Streams;

/**
 * Runs {@code newsgraph build} in a new JVM, as a user runs it, and times it from process start to
 * exit (JVM start-up included). The benchmark uses it for the rebuild of an unchanged corpus, where
 * a warmed-up JVM would hide the start-up costs that dominate a build from the cache.
 */
final class NewJvmBuild {

  private final List<String> command;

  /**
   * The command line's entry point, named rather than referenced: the benchmark runs the command
   * line as a user does, but the command line is the layer above it.
   */
  static final String CLI_MAIN_CLASS = "org.newsgraph.cli.Main";

  private final PrintStream err;

  /**
   * @param store the store folder
   * @param threads the build's --threads
   * @param inputs the build's inputs
   * @param err where the child's messages are copied, indented
   */
  NewJvmBuild(Path store, int threads, List<Path> inputs, PrintStream err) {
    this.command = command(javaExecutable(), memoryOptions(), classPath(), store, threads, inputs);
    this.err = err;
  }

  /**
   * The command line: {@code java [memory options] -cp CP org.newsgraph.cli.Main build ...}.
   *
   * @param memoryOptions the heap and garbage-collector options to pass on (those of this JVM,
   *     which the launcher set), possibly none
   */
  static List<String> command(
      String java,
      List<String> memoryOptions,
      String classPath,
      Path store,
      int threads,
      List<Path> inputs) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(memoryOptions);
    command.addAll(List.of("-cp", classPath, CLI_MAIN_CLASS, "build"));
    command.addAll(List.of("--store", store.toString(), "--threads", Integer.toString(threads)));
    inputs.forEach(input -> command.add(input.toString()));
    return List.copyOf(command);
  }

  /** The command this build runs. */
  List<String> command() {
    return command;
  }

  /**
   * Runs the build and waits for it.
   *
   * @return the wall time from starting the process to its exit, in nanoseconds
   * @throws PipelineException when the build fails
   */
  long run() {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put(Streams.STDERR_TTY_VARIABLE, "0");
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      copyOutput(process);
      int exitCode = process.waitFor();
      long wall = System.nanoTime() - start;
      if (exitCode != 0) {
        throw new PipelineException(
            PipelineException.Kind.BUILD_FAILED,
            "bench",
            "the build in a new JVM failed with exit code "
                + exitCode
                + " (messages above); no figures");
      }
      return wall;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the build", e);
    }
  }

  private void copyOutput(Process process) throws IOException {
    InputStreamReader output =
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
    try (BufferedReader lines = new BufferedReader(output)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        err.println("  | " + line);
      }
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** This JVM's heap sizes and collector options ({@code -Xmx}, {@code -Xms}, {@code -XX:...}). */
  private static List<String> memoryOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(argument -> argument.startsWith("-Xm") || argument.startsWith("-XX:"))
        .toList();
  }

  private static String classPath() {
    return System.getProperty("java.class.path");
  }
}
