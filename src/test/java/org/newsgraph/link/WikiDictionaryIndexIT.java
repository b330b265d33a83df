package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of CoreNLP's real Wikipedia dictionary: built once (about 25 s), then look-ups compared
 * with a stream of the whole dictionary (about 5 s).
 */
class WikiDictionaryIndexIT {

  @TempDir Path cacheDir;

  @Test
  void findsWhatAStreamOfTheBundledDictionaryFinds() throws IOException {
    WikiDictionary dictionary = WikiDictionary.bundled();
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, dictionary);
    WikiDictionaryIndex.Built built = index.build();
    System.err.printf(
        "WikiDictionaryIndexIT: indexed %d lines in %d ms, %d bytes%n",
        built.lines(), built.millis(), built.bytes());
    assertEquals(Optional.empty(), index.whyUnusable());

    List<String> keys = new ArrayList<>();
    for (String form :
        List.of(
            "Japan",
            "North Atlantic Treaty Organization",
            "NATO",
            "S\u00e3o Paulo",
            "Z\u00fcrich",
            "the United Nations",
            "People\u2019s Liberation Army",
            "Washington",
            "Georgia",
            "Quentin Zabrowski-Oyelaran")) {
      keys.addAll(SurfaceForms.lookupKeys(form));
    }
    long start = System.nanoTime();
    Map<String, List<LinkCandidate>> fromIndex = index.lookUp(keys).orElseThrow();
    long indexMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    Map<String, List<LinkCandidate>> scanned = new DictionaryScanner(dictionary).scan(keys);
    long scanMillis = (System.nanoTime() - start) / 1_000_000;
    System.err.printf(
        "WikiDictionaryIndexIT: %d keys: index %d ms, stream %d ms%n",
        keys.size(), indexMillis, scanMillis);

    assertEquals(scanned, fromIndex);
    assertEquals("Japan", fromIndex.get("Japan").get(0).title());
    assertEquals("NATO", fromIndex.get("North Atlantic Treaty Organization").get(0).title());
    assertEquals(
        "People's_Liberation_Army", fromIndex.get("People's Liberation Army").get(0).title());
    assertTrue(fromIndex.get("Quentin Zabrowski-Oyelaran").isEmpty());
  }
}
