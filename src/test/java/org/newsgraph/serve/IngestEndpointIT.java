package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * The HTTP side of {@code POST /ingest} over a real server: what is refused and with which status,
 * the JSON answer, and that concurrent requests reach the ingestor at once (it decides what runs
 * one at a time: the cli's StoreIngestor annotates several documents at once). The ingestor here
 * records its calls (the cli's real one, with CoreNLP, is tested by the cli's ServeIngestIT).
 */
class IngestEndpointIT {

  @TempDir static Path folder;

  private static GraphStore store;
  private static NewsgraphServer server;
  private static final Recorder recorder = new Recorder();
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    store = SampleStore.create(folder.resolve("store"));
    server = NewsgraphServer.start(store, ServeSettings.defaults().withPort(0), recorder);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void forgetCalls() {
    recorder.calls.clear();
  }

  @Test
  void aPostOfTextIsHandedToTheIngestorAndAnsweredWithJson() throws Exception {
    byte[] text =
        "Harbour reopens\nThe harbour reopened on Monday.".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(post("harbour/2024.txt", "text/plain; charset=utf-8", text));
    assertEquals(201, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertEquals("harbour/2024.txt", body.get("documentId").asText());
    assertEquals(text.length, body.get("triples").asLong(), "the recorder's answer came back");
    assertEquals(List.of("harbour/2024.txt"), recorder.ids());
    assertEquals(new String(text, StandardCharsets.UTF_8), recorder.calls.get(0).text());
  }

  @Test
  void aTextTheIngestorRejectsIsA400WithItsMessage() throws Exception {
    HttpResponse<String> response = send(post("bad.txt", "text/plain", new byte[] {(byte) 0xFF}));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("not UTF-8 (recorder)"), response.body());
  }

  @Test
  void aBadOrMissingIdIsA400AndReachesNoIngestor() throws Exception {
    HttpResponse<String> bad = send(post("../etc/passwd", "text/plain", bytes("x")));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("is not allowed"), bad.body());
    HttpResponse<String> missing =
        send(
            HttpRequest.newBuilder(server.ingestUri())
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("x")));
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("?id=NAME"), missing.body());
    assertEquals(List.of(), recorder.ids());
  }

  @Test
  void otherMethodsAndContentTypesAreRefused() throws Exception {
    HttpResponse<String> get = send(HttpRequest.newBuilder(uri("a.txt")).GET());
    assertEquals(405, get.statusCode());
    assertEquals(Optional.of("POST"), get.headers().firstValue("Allow"));
    HttpResponse<String> form =
        send(post("a.txt", "application/x-www-form-urlencoded", bytes("text=Harbour+reopens")));
    assertEquals(415, form.statusCode());
    assertTrue(form.body().contains("text/plain"), form.body());
    HttpResponse<String> latin1 = send(post("a.txt", "text/plain; charset=iso-8859-1", bytes("x")));
    assertEquals(415, latin1.statusCode());
    assertEquals(List.of(), recorder.ids());
  }

  @Test
  void aPageFromAnotherSiteMayNotAddDocuments() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("a.txt"))
                .header("Content-Type", "text/plain")
                .header("Origin", "http://example.org")
                .POST(BodyPublishers.ofString("Harbour reopens.")));
    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("http://example.org"), response.body());
    assertEquals(List.of(), recorder.ids());
  }

  @Test
  void aTooLargeBodyIsA413() throws Exception {
    byte[] large = new byte[IngestFilter.MAX_BYTES + 10];
    Arrays.fill(large, (byte) 'a');
    HttpResponse<String> response = send(post("large.txt", "text/plain", large));
    assertEquals(413, response.statusCode());
    assertEquals(List.of(), recorder.ids());
  }

  @Test
  void concurrentPostsReachTheIngestorAtOnce() throws Exception {
    recorder.together = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String id = "parallel-" + i + ".txt";
        responses.add(pool.submit(() -> send(post(id, "text/plain", bytes("Text " + id)))));
      }
      for (Future<HttpResponse<String>> response : responses) {
        assertEquals(201, response.get().statusCode(), response.get().body());
      }
    } finally {
      pool.shutdownNow();
      recorder.together = null;
    }
    assertEquals(6, recorder.ids().size());
    assertTrue(
        recorder.mostAtOnce.get() >= 2,
        "the server let only one request at a time reach the ingestor: a slow addition would hold"
            + " up the others");
  }

  @Test
  void aServerWithoutAnIngestorAnswers404AndSaysHowToTurnItOn() throws Exception {
    try (NewsgraphServer readOnly =
        NewsgraphServer.start(store.datasetGraph(), ServeSettings.defaults().withPort(0))) {
      URI ingest = URI.create(readOnly.ingestUri() + "?id=a.txt");
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(ingest)
                  .header("Content-Type", "text/plain")
                  .POST(BodyPublishers.ofString("Harbour reopens.")));
      assertEquals(404, response.statusCode());
      assertTrue(response.body().contains("--allow-ingest"), response.body());
    }
    assertEquals(List.of(), recorder.ids());
  }

  @Test
  void clientsOnOtherMachinesAreRefused() throws Exception {
    Optional<InetAddress> own = nonLoopbackAddress();
    assumeTrue(own.isPresent(), "this machine has no non-loopback IPv4 address");
    ServeSettings everywhere = ServeSettings.defaults().withPort(0).withHost("0.0.0.0");
    try (NewsgraphServer open =
        NewsgraphServer.start(store.datasetGraph(), everywhere, Optional.of(recorder))) {
      URI ingest =
          URI.create(
              "http://"
                  + own.get().getHostAddress()
                  + ":"
                  + open.port()
                  + NewsgraphServer.INGEST_PATH
                  + "?id=a.txt");
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(ingest)
                  .header("Content-Type", "text/plain")
                  .POST(BodyPublishers.ofString("Harbour reopens.")));
      assertEquals(403, response.statusCode());
      assertTrue(response.body().contains("from this machine"), response.body());
    }
    assertEquals(List.of(), recorder.ids());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
    return NetworkInterface.networkInterfaces()
        .filter(
            i -> {
              try {
                return i.isUp() && !i.isLoopback();
              } catch (SocketException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }

  private static URI uri(String id) {
    return URI.create(server.ingestUri() + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder post(String id, String contentType, byte[] body) {
    return HttpRequest.newBuilder(uri(id))
        .header("Content-Type", contentType)
        .POST(BodyPublishers.ofByteArray(body));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** An ingestor that records its calls and how many ran at once; refuses invalid UTF-8. */
  private static final class Recorder implements DocumentIngestor {
    record Call(String id, String text) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    /** When set, each call counts it down and waits (10 s at most) until it reaches zero. */
    volatile CountDownLatch together;

    @Override
    public IngestOutcome ingest(String documentId, byte[] text) {
      int now = running.incrementAndGet();
      mostAtOnce.accumulateAndGet(now, Math::max);
      try {
        CountDownLatch meeting = together;
        if (meeting != null) {
          meeting.countDown();
          meeting.await(10, TimeUnit.SECONDS);
        }
        String decoded =
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text)).toString();
        Thread.sleep(50);
        calls.add(new Call(documentId, decoded));
        return new IngestOutcome(documentId, false, calls.size(), 0, 0, text.length, 50);
      } catch (CharacterCodingException e) {
        throw new IngestRejectedException("not UTF-8 (recorder)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        running.decrementAndGet();
      }
    }

    List<String> ids() {
      return calls.stream().map(Call::id).toList();
    }
  }
}
