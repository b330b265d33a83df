package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.files.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dictionary look-ups of earlier runs, so that a rebuild whose names were all seen before never
 * reads the dictionary. One gzipped JSON file in the cache folder, {@value #FILE_NAME}, mapping
 * each surface form looked up to its candidates (an empty list when the dictionary has none),
 * stamped with a hash of the dictionary's {@link WikiDictionary#identity() identity}: a file made
 * from another dictionary is ignored. Written atomically; an unreadable file is ignored with a
 * warning and replaced on the next write.
 */
final class LinkCache {

  static final String FILE_NAME = "wikipedia-links.json.gz";

  private static final int FORMAT = 1;
  private static final Logger LOG = LoggerFactory.getLogger(LinkCache.class);

  private final Path file;
  private final String dictionaryKey;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param cacheDir the cache folder (created on the first write)
   * @param dictionaryIdentity the {@link WikiDictionary#identity()} the entries come from
   */
  LinkCache(Path cacheDir, String dictionaryIdentity) {
    this.file = Objects.requireNonNull(cacheDir, "cacheDir").resolve(FILE_NAME);
    this.dictionaryKey = dictionaryKey(dictionaryIdentity);
  }

  /**
   * The stamp of entries made from a dictionary: 16 hex digits of the SHA-256 of its {@link
   * WikiDictionary#identity() identity} (also used by {@link WikiDictionaryIndex}).
   */
  static String dictionaryKey(String dictionaryIdentity) {
    return sha256Hex(dictionaryIdentity).substring(0, 16);
  }

  Path file() {
    return file;
  }

  /**
   * The cached look-ups; empty when there is no file, it is unreadable or from another dictionary.
   */
  Map<String, List<LinkCandidate>> load() {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return parse(json.readTree(in));
    } catch (NoSuchFileException e) {
      return new TreeMap<>();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignoring the unreadable Wikipedia link cache {}: {}", file, describe(e));
      return new TreeMap<>();
    }
  }

  /**
   * Replaces the file with these look-ups. A failure is reported as a warning: the cache only saves
   * time.
   */
  void save(Map<String, List<LinkCandidate>> lookups) {
    try {
      Files.createDirectories(file.getParent());
      byte[] content = json.writeValueAsString(toJson(lookups)).getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(
          file,
          out -> {
            try (OutputStream gzip = new GZIPOutputStream(out)) {
              gzip.write(content);
            }
          });
    } catch (IOException e) {
      LOG.warn("Could not write the Wikipedia link cache {}: {}", file, describe(e));
    }
  }

  private Map<String, List<LinkCandidate>> parse(JsonNode root) throws IOException {
    Map<String, List<LinkCandidate>> lookups = new TreeMap<>();
    if (root.path("format").asInt() != FORMAT
        || !dictionaryKey.equals(root.path("dictionary").asText())) {
      return lookups;
    }
    JsonNode surfaces = root.get("surfaces");
    if (surfaces == null || !surfaces.isObject()) {
      throw new IOException("no 'surfaces' object");
    }
    for (Map.Entry<String, JsonNode> field : surfaces.properties()) {
      lookups.put(field.getKey(), candidates(field.getValue()));
    }
    return lookups;
  }

  private static List<LinkCandidate> candidates(JsonNode array) throws IOException {
    if (!array.isArray()) {
      throw new IOException("a surface's candidates are not a list");
    }
    List<LinkCandidate> list = new ArrayList<>();
    for (JsonNode node : array) {
      JsonNode title = node.get("title");
      JsonNode score = node.get("score");
      if (title == null || !title.isTextual() || score == null || !score.isNumber()) {
        throw new IOException("a candidate lacks a title or a score");
      }
      list.add(new LinkCandidate(title.asText(), score.asDouble()));
    }
    return List.copyOf(list);
  }

  private ObjectNode toJson(Map<String, List<LinkCandidate>> lookups) {
    ObjectNode root = json.createObjectNode();
    root.put("format", FORMAT);
    root.put("dictionary", dictionaryKey);
    ObjectNode surfaces = root.putObject("surfaces");
    new TreeMap<>(lookups)
        .forEach(
            (surface, candidates) -> {
              ArrayNode array = surfaces.putArray(surface);
              for (LinkCandidate c : candidates) {
                array.addObject().put("title", c.title()).put("score", c.score());
              }
            });
    return root;
  }

  private static String describe(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
