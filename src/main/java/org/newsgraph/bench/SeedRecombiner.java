package org.newsgraph.bench;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes a larger benchmark corpus out of a few seed articles: each new article is a headline and
 * paragraphs of sentences drawn from the seeds, recombined by a pseudo-random generator with a
 * fixed seed. The same seeds always give the same articles; no two articles have the same text (so
 * the annotation cache cannot serve one for another), and article {@code i} is about as long as
 * seed {@code i mod n}, so the corpus has the seeds' length distribution.
 */
final class SeedRecombiner {

  /** The generator's seed: changing it changes every generated article. */
  static final long RANDOM_SEED = 20_250_408L;

  /** Lines (paragraphs) with fewer words are headings, bylines or boilerplate: not used. */
  private static final int MIN_PARAGRAPH_WORDS = 8;

  /** Sentences with fewer words are fragments: not used. */
  private static final int MIN_SENTENCE_WORDS = 6;

  private static final int HEADLINE_WORDS = 9;

  /**
   * One generated article.
   *
   * @param fileName the file to write it to (its document id), e.g. {@code article-007.txt}
   * @param text the text: a headline line, a blank line, paragraphs separated by blank lines
   */
  record Article(String fileName, String text) {}

  private final List<String> sentences;
  private final int[] seedWordCounts;

  /**
   * @param seedTexts the texts of the seed articles, in a fixed order
   * @throws IllegalArgumentException when the seeds have too few usable sentences
   */
  SeedRecombiner(List<String> seedTexts) {
    this.sentences = sentencesOf(seedTexts);
    this.seedWordCounts = seedTexts.stream().mapToInt(SeedRecombiner::wordCount).toArray();
    if (sentences.size() < 10) {
      throw new IllegalArgumentException(
          "the seed articles have only "
              + sentences.size()
              + " usable sentences; at least 10"
              + " are needed to generate a corpus");
    }
  }

  /** How many distinct sentences the articles are made of. */
  int sentenceCount() {
    return sentences.size();
  }

  /** The first {@code count} articles; always the same for the same seeds. */
  List<Article> articles(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1; got " + count);
    }
    int digits = Math.max(3, Integer.toString(count).length());
    Random random = new Random(RANDOM_SEED);
    Set<String> texts = new HashSet<>();
    List<Article> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int targetWords = seedWordCounts[i % seedWordCounts.length];
      String text = article(random, targetWords);
      while (!texts.add(text)) {
        text = article(random, targetWords);
      }
      String name = String.format(Locale.ROOT, "article-%0" + digits + "d.txt", i + 1);
      articles.add(new Article(name, text));
    }
    return articles;
  }

  private String article(Random random, int targetWords) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    StringBuilder body = new StringBuilder();
    int words = 0;
    int inParagraph = 0;
    int paragraphLength = 3 + random.nextInt(3);
    String first = null;
    for (int index : order) {
      if (words >= targetWords) {
        break;
      }
      String sentence = sentences.get(index);
      if (first == null) {
        first = sentence;
      }
      if (inParagraph == paragraphLength) {
        body.append("\n\n");
        inParagraph = 0;
        paragraphLength = 3 + random.nextInt(3);
      } else if (inParagraph > 0) {
        body.append(' ');
      }
      body.append(sentence);
      inParagraph++;
      words += wordCount(sentence);
    }
    return headline(first) + "\n\n" + body + "\n";
  }

  /** The first words of a sentence, without closing punctuation. */
  private static String headline(String sentence) {
    String[] words = sentence.split("\\s+");
    String head = String.join(" ", Arrays.copyOf(words, Math.min(words.length, HEADLINE_WORDS)));
    return head.replaceAll("[\\p{Punct}“”‘’]+$", "");
  }

  private static List<String> sentencesOf(List<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (String text : texts) {
      for (String line : text.split("\\R")) {
        String paragraph = line.strip();
        if (wordCount(paragraph) < MIN_PARAGRAPH_WORDS) {
          continue;
        }
        boundaries.setText(paragraph);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
          String sentence = paragraph.substring(start, end).strip();
          if (wordCount(sentence) >= MIN_SENTENCE_WORDS) {
            found.add(sentence);
          }
          start = end;
        }
      }
    }
    return List.copyOf(found);
  }

  private static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
