package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedRecombinerTest {

  private static final Path SEEDS = Path.of("seeds");

  private static List<String> seedTexts() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.sorted().map(SeedRecombinerTest::read).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sameSeedsGiveTheSameArticles() throws IOException {
    List<SeedRecombiner.Article> first = new SeedRecombiner(seedTexts()).articles(100);
    List<SeedRecombiner.Article> second = new SeedRecombiner(seedTexts()).articles(100);
    assertEquals(first, second);
  }

  @Test
  void aShorterCorpusIsThePrefixOfALongerOne() throws IOException {
    SeedRecombiner recombiner = new SeedRecombiner(seedTexts());
    List<SeedRecombiner.Article> ten = recombiner.articles(10);
    List<SeedRecombiner.Article> hundred = recombiner.articles(100);
    assertEquals(ten.get(9).text(), hundred.get(9).text());
  }

  @Test
  void everyArticleHasItsOwnNameAndText() throws IOException {
    List<SeedRecombiner.Article> articles = new SeedRecombiner(seedTexts()).articles(100);
    assertEquals(100, articles.size());
    Set<String> names = new HashSet<>();
    Set<String> texts = new HashSet<>();
    articles.forEach(a -> names.add(a.fileName()));
    articles.forEach(a -> texts.add(a.text()));
    assertEquals(100, names.size());
    assertEquals(100, texts.size());
    assertEquals("article-001.txt", articles.get(0).fileName());
    assertEquals("article-100.txt", articles.get(99).fileName());
  }

  @Test
  void articlesAreMadeOfSeedSentencesWithAHeadline() throws IOException {
    List<String> seeds = seedTexts();
    String allSeeds = String.join("\n", seeds);
    for (SeedRecombiner.Article article : new SeedRecombiner(seeds).articles(20)) {
      String[] parts = article.text().split("\n\n");
      String headline = parts[0];
      assertTrue(!headline.isBlank() && !headline.contains("\n"), article.fileName());
      String firstParagraph = parts[1];
      assertTrue(firstParagraph.startsWith(headline), "headline is the first sentence's start");
      String firstSentence = firstParagraph.split("(?<=[.!?”\"])\\s+")[0];
      assertTrue(allSeeds.contains(firstSentence), firstSentence);
    }
  }

  @Test
  void theCorpusHasAboutTheSeedsLength() throws IOException {
    List<String> seeds = seedTexts();
    long seedWords = seeds.stream().mapToLong(SeedRecombinerTest::words).sum();
    long generatedWords =
        new SeedRecombiner(seeds)
            .articles(seeds.size() * 4).stream().mapToLong(a -> words(a.text())).sum();
    double ratio = generatedWords / (4.0 * seedWords);
    assertTrue(ratio > 0.9 && ratio < 1.3, "generated/seed words = " + ratio);
  }

  @Test
  void differentArticlesDifferInContentNotOnlyInOrder() throws IOException {
    List<SeedRecombiner.Article> articles = new SeedRecombiner(seedTexts()).articles(2);
    Set<String> first = Set.of(articles.get(0).text().split("\n\n"));
    Set<String> second = Set.of(articles.get(1).text().split("\n\n"));
    assertNotEquals(first, second);
  }

  @Test
  void rejectsTooFewSentencesAndEmptyCorpora() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SeedRecombiner(List.of("One short paragraph with only a few words in it here.")));
    assertThrows(IllegalArgumentException.class, () -> new SeedRecombiner(List.of()));
  }

  @Test
  void rejectsACountBelowOne() throws IOException {
    SeedRecombiner recombiner = new SeedRecombiner(seedTexts());
    assertThrows(IllegalArgumentException.class, () -> recombiner.articles(0));
  }

  private static long words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
