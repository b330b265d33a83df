package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.ingest.SourceDocument;

/**
 * A model-free annotator for tests: one sentence per line, whitespace tokens, every capitalised
 * token a MISC mention. Counts its calls; fails on documents whose id is in {@code failIds}.
 */
final class FakeAnnotator implements DocumentAnnotator {

  final AtomicInteger calls = new AtomicInteger();
  final Set<String> failIds = ConcurrentHashMap.newKeySet();
  final Set<String> threadNames = ConcurrentHashMap.newKeySet();
  volatile long delayMillisPerChar;

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    calls.incrementAndGet();
    threadNames.add(Thread.currentThread().getName());
    if (failIds.contains(document.id())) {
      throw new IllegalStateException("fake failure");
    }
    pause(document.text().length() * delayMillisPerChar);
    String text = document.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      int position = lineStart;
      for (String word : line.split(" ")) {
        if (!word.isEmpty()) {
          int index = tokens.size();
          boolean capital = Character.isUpperCase(word.charAt(0));
          tokens.add(
              new Token(
                  index,
                  word,
                  word,
                  "NN",
                  capital ? NerTag.MISC : NerTag.O,
                  position,
                  position + word.length()));
          if (capital) {
            mentions.add(
                new Mention(
                    sentences.size(),
                    index,
                    index + 1,
                    new TextSpan(position, position + word.length(), word),
                    NerTag.MISC,
                    -1));
          }
        }
        position += word.length() + 1;
      }
      if (!tokens.isEmpty()) {
        sentences.add(
            new Sentence(
                sentences.size(), lineStart, lineStart + line.length(), tokens, List.of()));
      }
      lineStart += line.length() + 1;
    }
    return new AnnotatedDocument(document, sentences, mentions, List.of());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String fingerprint() {
    return "fake-1";
  }
}
