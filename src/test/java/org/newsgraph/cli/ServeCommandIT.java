package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.SampleCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreLockedException;

/**
 * {@code newsgraph serve} as a user runs it, in its own JVM: it prints its URLs, answers queries,
 * locks the store while it runs, stops cleanly on SIGTERM, and says plainly when the store is in
 * use or the port is taken.
 */
class ServeCommandIT {

  private static final Pattern SPARQL_URL = Pattern.compile("SPARQL:\\s+(http://\\S+)");
  private static final long WAIT_SECONDS = 90;

  @TempDir Path folder;

  @Test
  void servesTheStoreUntilStoppedAndSaysWhenTheStoreIsInUse() throws Exception {
    Path storeDir = createStore("store");
    Serve serve = Serve.start(storeDir, "--port", "0");
    try {
      URI sparql = serve.waitForUrl();
      assertTrue(sparql.getHost().equals("127.0.0.1"), sparql.toString());
      HttpResponse<String> response = query(sparql, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
      assertEquals(200, response.statusCode());
      assertTrue(response.body().startsWith("n\r\n"), response.body());

      assertThrows(StoreLockedException.class, () -> GraphStore.openExisting(storeDir).close());

      Serve second = Serve.start(storeDir, "--port", "0");
      assertEquals(ExitCodes.STORE_UNUSABLE, second.waitForExit());
      assertTrue(second.stderr().contains("in use by another newsgraph process"), second.stderr());
    } finally {
      serve.process.destroy();
    }
    assertEquals(143, serve.waitForExit(), "stopped by SIGTERM: " + serve.stderr());
    try (GraphStore reopened = GraphStore.openExisting(storeDir)) {
      assertTrue(reopened.info().entities() > 0, "the store was released and is intact");
    }
  }

  @Test
  void aBusyPortIsReportedWithItsOwnExitCode() throws Exception {
    Path storeDir = createStore("store");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Serve serve = Serve.start(storeDir, "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCodes.SERVER_FAILED, serve.waitForExit(), serve.stderr());
      assertTrue(serve.stderr().contains("Port " + taken.getLocalPort()), serve.stderr());
      assertTrue(serve.stderr().contains("already in use"), serve.stderr());
    }
  }

  @Test
  void aMissingStoreIsReported() throws Exception {
    Serve serve = Serve.start(folder.resolve("nothing-here"), "--port", "0");
    assertEquals(ExitCodes.STORE_UNUSABLE, serve.waitForExit());
    assertTrue(serve.stderr().contains("newsgraph build"), serve.stderr());
  }

  private Path createStore(String name) {
    Path storeDir = folder.resolve(name);
    try (GraphStore store = GraphStore.open(storeDir)) {
      store.replaceContents(SampleCorpus.dataset(), new BuildSummary(Instant.now(), Map.of(), Map.of()));
    }
    return storeDir;
  }

  private static HttpResponse<String> query(URI sparql, String query)
      throws IOException, InterruptedException {
    URI uri = URI.create(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A {@code newsgraph serve} process running this build's classes, with its stderr collected. */
  private static final class Serve {
    final Process process;
    final List<String> lines = new ArrayList<>();
    final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();

    private Serve(Process process) {
      this.process = process;
      Thread reader = new Thread(this::readStderr, "serve-stderr");
      reader.setDaemon(true);
      reader.start();
    }

    static Serve start(Path storeDir, String... options) throws IOException {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "serve", "--store", storeDir.toString()));
      command.addAll(List.of(options));
      return new Serve(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start());
    }

    private void readStderr() {
      try (BufferedReader err = new BufferedReader(
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

    URI waitForUrl() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (System.nanoTime() < deadline) {
        String line = fresh.poll(1, TimeUnit.SECONDS);
        Optional<URI> url = Optional.ofNullable(line).map(SPARQL_URL::matcher)
            .filter(Matcher::find).map(m -> URI.create(m.group(1)));
        if (url.isPresent()) {
          return url.get();
        }
        if (line == null && !process.isAlive()) {
          break;
        }
      }
      throw new AssertionError("serve printed no SPARQL URL: " + stderr());
    }

    int waitForExit() throws InterruptedException {
      if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("serve did not exit: " + stderr());
      }
      return process.exitValue();
    }

    String stderr() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }
  }
}
