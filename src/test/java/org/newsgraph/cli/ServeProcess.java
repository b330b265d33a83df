package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code newsgraph serve} process running this build's classes, with its stderr collected. */
final class ServeProcess {

  private static final Pattern SPARQL_URL = Pattern.compile("SPARQL:\\s+(http://\\S+)");

  final Process process;
  private final List<String> lines = new ArrayList<>();
  private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();

  private ServeProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readStderr, "serve-stderr");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code serve --store storeDir options...} in a JVM with the given heap, e.g. 512m. */
  static ServeProcess start(String heap, Path storeDir, String... options) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--store",
                storeDir.toString()));
    command.addAll(List.of(options));
    return new ServeProcess(
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
  }

  private void readStderr() {
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
        fresh.add(line);
      }
    } catch (IOException e) {
      fresh.add("(stderr closed: " + e.getMessage() + ")");
    }
  }

  /** The SPARQL URL the server prints when it is ready. */
  URI waitForUrl(long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = fresh.poll(1, TimeUnit.SECONDS);
      Optional<URI> url =
          Optional.ofNullable(line)
              .map(SPARQL_URL::matcher)
              .filter(Matcher::find)
              .map(m -> URI.create(m.group(1)));
      if (url.isPresent()) {
        return url.get();
      }
      if (line == null && !process.isAlive()) {
        break;
      }
    }
    throw new AssertionError("serve printed no SPARQL URL: " + stderr());
  }

  /** The exit code, after waiting for the process to end. */
  int waitForExit(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("serve did not exit: " + stderr());
    }
    return process.exitValue();
  }

  /** Everything written to stderr so far. */
  String stderr() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }
}
