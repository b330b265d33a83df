package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;

/** The linker over CoreNLP's real Wikipedia dictionary (streams about 200 MB of gzip once). */
class WikipediaLinkerIT {

  @TempDir Path cacheDir;

  @Test
  void linksWellKnownEntitiesAndLeavesUnknownOrAmbiguousOnesUnlinked() {
    Map<Entity, Optional<String>> expected = new LinkedHashMap<>();
    expected.put(
        entity(EntityType.PERSON, "Angela Merkel", "Merkel"), Optional.of("Angela_Merkel"));
    expected.put(entity(EntityType.PERSON, "Barack Obama", "Obama"), Optional.of("Barack_Obama"));
    expected.put(
        entity(EntityType.ORGANIZATION, "United Nations", "UN"), Optional.of("United_Nations"));
    expected.put(
        entity(EntityType.ORGANIZATION, "Federal Bureau of Investigation", "FBI"),
        Optional.of("Federal_Bureau_of_Investigation"));
    expected.put(
        entity(EntityType.ORGANIZATION, "African Union", "AU"), Optional.of("African_Union"));
    expected.put(entity(EntityType.COUNTRY, "Brazil"), Optional.of("Brazil"));
    expected.put(entity(EntityType.CITY, "Nairobi"), Optional.of("Nairobi"));
    expected.put(entity(EntityType.CITY, "Paris"), Optional.of("Paris"));
    expected.put(
        entity(EntityType.PLACE, "Mediterranean Sea", "Mediterranean"),
        Optional.of("Mediterranean_Sea"));
    expected.put(entity(EntityType.PERSON, "Quentin Zabrowski-Oyelaran"), Optional.empty());
    expected.put(entity(EntityType.PERSON, "John Smith"), Optional.empty());
    // an ambiguous name of a country: the country's article ("Name (country)"), since no linked
    // entity of the corpus has a "City,_Georgia" title that would point to the US state
    expected.put(entity(EntityType.COUNTRY, "Georgia"), Optional.of("Georgia_(country)"));

    CountingDictionary dictionary = new CountingDictionary(WikiDictionary.bundled());
    WikipediaLinker linker = new WikipediaLinker(LinkSettings.defaults(), cacheDir, dictionary);
    ResolvedCorpus corpus = new ResolvedCorpus(List.copyOf(expected.keySet()), List.of());

    LinkResult first = linker.linkWithReport(corpus);
    Map<Entity, Optional<String>> actual = new LinkedHashMap<>();
    for (int i = 0; i < corpus.entities().size(); i++) {
      actual.put(corpus.entities().get(i), first.corpus().entities().get(i).wikipediaTitle());
    }
    assertEquals(expected, actual);
    // this test has no index: the dictionary is streamed once for the names, and once more for
    // the qualified names of the second look ("Georgia (country)"); with the index both are lookups
    int opened = dictionary.opened.get();
    assertTrue(opened >= 1 && opened <= 2, "opened " + opened + " times");
    assertTrue(first.dictionaryRead());
    System.err.printf(
        "WikipediaLinkerIT: streamed the dictionary in %d ms for %d names%n",
        first.dictionaryMillis(), first.namesLookedUp());

    LinkResult second = linker.linkWithReport(corpus);
    assertFalse(second.dictionaryRead());
    assertEquals(opened, dictionary.opened.get(), "the second build reads only the link cache");
    assertEquals(first.corpus(), second.corpus());
  }

  private static Entity entity(EntityType type, String label, String... aliases) {
    String id =
        type.name().toLowerCase(Locale.ROOT)
            + "/"
            + label.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
    return new Entity(id, type, label, Arrays.asList(aliases), Optional.empty());
  }

  private static final class CountingDictionary implements WikiDictionary {
    private final WikiDictionary delegate;
    private final AtomicInteger opened = new AtomicInteger();

    CountingDictionary(WikiDictionary delegate) {
      this.delegate = delegate;
    }

    @Override
    public String identity() {
      return delegate.identity();
    }

    @Override
    public InputStream open() throws IOException {
      opened.incrementAndGet();
      return delegate.open();
    }
  }
}
