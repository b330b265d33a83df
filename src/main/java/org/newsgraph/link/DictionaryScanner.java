package org.newsgraph.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads a {@link WikiDictionary} once from start to end and keeps only the lines whose surface form
 * is wanted. Lines are compared as UTF-8 bytes, so the 21 million lines of the bundled dictionary
 * cost no object each; only the wanted lines are decoded. A line's surface form, its look-up key,
 * is its bytes before the first tab, as they are: no case folding or other normalisation (a line
 * without a tab has none and is never a candidate). {@link WikiDictionaryIndex} reads the lines of
 * a few index buckets through {@link #collect} instead of the whole file, with the same result.
 */
final class DictionaryScanner {

  /** Hands every line of some source, one after the other, to a consumer. */
  @FunctionalInterface
  interface LineSource {
    void forEachLine(LineReader.LineConsumer consumer) throws IOException;
  }

  private static final int READ_BUFFER = 1 << 20;
  private static final int GZIP_BUFFER = 1 << 16;

  private final WikiDictionary dictionary;

  DictionaryScanner(WikiDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The candidates of every wanted surface form, best first; a form the dictionary lacks maps to an
   * empty list.
   *
   * @throws UncheckedIOException naming the dictionary when it cannot be read
   */
  Map<String, List<LinkCandidate>> scan(Collection<String> wantedSurfaces) {
    try (InputStream raw = dictionary.open();
        InputStream in =
            new GZIPInputStream(new BufferedInputStream(raw, READ_BUFFER), GZIP_BUFFER)) {
      return collect(wantedSurfaces, new LineReader(in)::forEachLine);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the Wikipedia dictionary " + dictionary + ": " + e.getMessage(), e);
    }
  }

  /**
   * The candidates of every wanted surface form among the lines of the source, best first; a form
   * without a line maps to an empty list.
   *
   * @throws IOException when the source cannot be read
   */
  static Map<String, List<LinkCandidate>> collect(
      Collection<String> wantedSurfaces, LineSource lines) throws IOException {
    SurfaceSet wanted = new SurfaceSet(wantedSurfaces);
    Map<String, List<LinkCandidate>> found = new TreeMap<>();
    for (String surface : wantedSurfaces) {
      found.put(surface, new ArrayList<>());
    }
    lines.forEachLine((line, from, to) -> keep(line, from, to, wanted, found));
    found.values().forEach(list -> list.sort(LinkCandidate.BEST_FIRST));
    return found;
  }

  /** Where the surface form of the line {@code bytes[from, to)} ends (its first tab), or -1. */
  static int surfaceEnd(byte[] line, int from, int to) {
    return indexOf(line, from, to, (byte) '\t');
  }

  private static void keep(
      byte[] line, int from, int to, SurfaceSet wanted, Map<String, List<LinkCandidate>> found) {
    int tab = surfaceEnd(line, from, to);
    if (tab < 0) {
      return;
    }
    String surface = wanted.match(line, from, tab);
    if (surface == null) {
      return;
    }
    int tab2 = indexOf(line, tab + 1, to, (byte) '\t');
    if (tab2 < 0) {
      return;
    }
    String title = new String(line, tab + 1, tab2 - tab - 1, StandardCharsets.UTF_8);
    String score = new String(line, tab2 + 1, to - tab2 - 1, StandardCharsets.US_ASCII).trim();
    try {
      found.get(surface).add(new LinkCandidate(title, Double.parseDouble(score)));
    } catch (NumberFormatException e) {
      // a malformed score: the line is not a candidate
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** Wanted surface forms as UTF-8 bytes, found by length and hash without allocating. */
  private static final class SurfaceSet {
    private final Map<Integer, List<Map.Entry<byte[], String>>> byHash = new HashMap<>();
    private final boolean[] lengths;

    SurfaceSet(Collection<String> surfaces) {
      int max = 0;
      List<byte[]> encoded = new ArrayList<>();
      for (String s : surfaces) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        encoded.add(bytes);
        max = Math.max(max, bytes.length);
      }
      lengths = new boolean[max + 1];
      int i = 0;
      for (String s : surfaces) {
        byte[] bytes = encoded.get(i++);
        lengths[bytes.length] = true;
        byHash
            .computeIfAbsent(hash(bytes, 0, bytes.length), h -> new ArrayList<>())
            .add(Map.entry(bytes, s));
      }
    }

    /** The wanted surface equal to {@code bytes[from, to)}, or null. */
    String match(byte[] bytes, int from, int to) {
      int length = to - from;
      if (length >= lengths.length || !lengths[length]) {
        return null;
      }
      List<Map.Entry<byte[], String>> bucket = byHash.get(hash(bytes, from, to));
      if (bucket == null) {
        return null;
      }
      for (Map.Entry<byte[], String> entry : bucket) {
        byte[] candidate = entry.getKey();
        if (Arrays.equals(candidate, 0, candidate.length, bytes, from, to)) {
          return entry.getValue();
        }
      }
      return null;
    }

    private static int hash(byte[] bytes, int from, int to) {
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + bytes[i];
      }
      return h;
    }
  }
}
