package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreLockedException;

/**
 * {@code newsgraph serve} as a user runs it, in its own JVM: it prints its URLs, answers queries,
 * locks the store while it runs, stops cleanly on SIGTERM, and says plainly when the store is in
 * use or the port is taken.
 */
class ServeCommandIT {

  private static final long WAIT_SECONDS = 90;

  @TempDir Path folder;

  @Test
  void servesTheStoreUntilStoppedAndSaysWhenTheStoreIsInUse() throws Exception {
    Path storeDir = createStore("store");
    ServeProcess serve = serve(storeDir, "--port", "0");
    try {
      URI sparql = serve.waitForUrl(WAIT_SECONDS);
      assertTrue(sparql.getHost().equals("127.0.0.1"), sparql.toString());
      HttpResponse<String> response = query(sparql, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
      assertEquals(200, response.statusCode());
      assertTrue(response.body().startsWith("n\r\n"), response.body());

      HttpResponse<String> ingest =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(sparql.resolve("/ingest?id=a.txt"))
                      .header("Content-Type", "text/plain")
                      .POST(HttpRequest.BodyPublishers.ofString("Harbour reopens."))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, ingest.statusCode(), "no --allow-ingest: " + ingest.body());
      assertTrue(ingest.body().contains("--allow-ingest"), ingest.body());

      assertThrows(StoreLockedException.class, () -> GraphStore.openExisting(storeDir).close());

      ServeProcess second = serve(storeDir, "--port", "0");
      assertEquals(ExitCodes.STORE_UNUSABLE, second.waitForExit(WAIT_SECONDS));
      assertTrue(second.stderr().contains("in use by another newsgraph process"), second.stderr());
    } finally {
      serve.process.destroy();
    }
    assertEquals(143, serve.waitForExit(WAIT_SECONDS), "stopped by SIGTERM: " + serve.stderr());
    try (GraphStore reopened = GraphStore.openExisting(storeDir)) {
      assertTrue(reopened.info().entities() > 0, "the store was released and is intact");
    }
  }

  @Test
  void aBusyPortIsReportedWithItsOwnExitCode() throws Exception {
    Path storeDir = createStore("store");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServeProcess serve = serve(storeDir, "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCodes.SERVER_FAILED, serve.waitForExit(WAIT_SECONDS), serve.stderr());
      assertTrue(serve.stderr().contains("Port " + taken.getLocalPort()), serve.stderr());
      assertTrue(serve.stderr().contains("already in use"), serve.stderr());
    }
  }

  @Test
  void aMissingStoreIsReported() throws Exception {
    ServeProcess serve = serve(folder.resolve("nothing-here"), "--port", "0");
    assertEquals(ExitCodes.STORE_UNUSABLE, serve.waitForExit(WAIT_SECONDS));
    assertTrue(serve.stderr().contains("newsgraph build"), serve.stderr());
  }

  private Path createStore(String name) {
    Path storeDir = folder.resolve(name);
    try (GraphStore store = GraphStore.open(storeDir)) {
      store.replaceContents(
          SampleCorpus.Wire.dataset(), new BuildSummary(Instant.now(), Map.of(), Map.of()));
    }
    return storeDir;
  }

  private static HttpResponse<String> query(URI sparql, String query)
      throws IOException, InterruptedException {
    URI uri = URI.create(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static ServeProcess serve(Path storeDir, String... options) throws IOException {
    return ServeProcess.start("512m", storeDir, options);
  }
}
