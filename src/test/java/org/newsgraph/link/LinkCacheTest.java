package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {

  @TempDir Path dir;

  private final Map<String, List<LinkCandidate>> lookups =
      Map.of(
          "Portugal", List.of(new LinkCandidate("Portugal", 0.9)),
          "Nowhere Land", List.of());

  @Test
  void roundTripsLookupsIncludingNamesWithoutCandidates() {
    new LinkCache(dir.resolve("new-folder"), "dict A").save(lookups);
    assertEquals(lookups, new LinkCache(dir.resolve("new-folder"), "dict A").load());
  }

  @Test
  void missingFileIsAnEmptyCache() {
    assertTrue(new LinkCache(dir, "dict A").load().isEmpty());
  }

  @Test
  void entriesOfAnotherDictionaryAreIgnored() {
    new LinkCache(dir, "dict A").save(lookups);
    assertTrue(new LinkCache(dir, "dict B").load().isEmpty());
  }

  @Test
  void unreadableFilesAreIgnored() throws IOException {
    LinkCache cache = new LinkCache(dir, "dict A");
    Files.write(cache.file(), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    assertTrue(cache.load().isEmpty(), "truncated gzip");
    writeGzip(cache.file(), "{\"format\":1,\"dictionary\":");
    assertTrue(cache.load().isEmpty(), "truncated JSON");
    cache.save(lookups);
    String key = Files.exists(cache.file()) ? dictionaryKeyOf(cache) : "";
    writeGzip(
        cache.file(),
        "{\"format\":1,\"dictionary\":\"" + key + "\",\"surfaces\":{\"X\":[{\"title\":3}]}}");
    assertTrue(cache.load().isEmpty(), "candidate without a text title");
  }

  @Test
  void savingLeavesNoTemporaryFiles() throws IOException {
    new LinkCache(dir, "dict A").save(lookups);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve(LinkCache.FILE_NAME)), files.toList());
    }
  }

  private static String dictionaryKeyOf(LinkCache cache) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(cache.file()))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replaceAll("(?s).*\"dictionary\":\"([0-9a-f]+)\".*", "$1");
    }
  }

  private static void writeGzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
