package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.SourceDocument;

/**
 * The model-free annotator of the tests: one sentence per non-empty line, whitespace tokens that
 * all depend on the first; no entity mentions, or (made by {@link #markingCapitals()}) every
 * capitalised token a MISC mention. Counts its calls and the documents it annotates, notes its
 * threads, can be slowed down, and fails on documents whose id is in {@link #failIds}.
 */
public final class LineAnnotator implements DocumentAnnotator {

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** Every call of {@link #annotate}, failed ones included. */
  public final AtomicInteger calls = new AtomicInteger();

  /** The documents annotated without failing. */
  public final AtomicInteger annotated = new AtomicInteger();

  /** The ids of the documents to fail on. */
  public final Set<String> failIds = ConcurrentHashMap.newKeySet();

  /** The names of the threads that called {@link #annotate}. */
  public final Set<String> threadNames = ConcurrentHashMap.newKeySet();

  /** How long to sleep per character of a document's text. */
  public volatile long delayMillisPerChar;

  private final boolean markCapitals;

  /** An annotator that finds no mentions. */
  public LineAnnotator() {
    this(false);
  }

  private LineAnnotator(boolean markCapitals) {
    this.markCapitals = markCapitals;
  }

  /** An annotator that makes every capitalised token a one-token MISC mention. */
  public static LineAnnotator markingCapitals() {
    return new LineAnnotator(true);
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    calls.incrementAndGet();
    threadNames.add(Thread.currentThread().getName());
    if (failIds.contains(document.id())) {
      throw new IllegalStateException(
          "fake failure: cannot annotate " + document.id() + " on purpose");
    }
    pause(document.text().length() * delayMillisPerChar);
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int lineStart = 0;
    for (String line : document.text().split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      Matcher word = WORD.matcher(line);
      while (word.find()) {
        boolean mention = markCapitals && Character.isUpperCase(word.group().charAt(0));
        int begin = lineStart + word.start();
        int end = lineStart + word.end();
        tokens.add(
            new Token(
                tokens.size(),
                word.group(),
                word.group(),
                "NN",
                mention ? NerTag.MISC : NerTag.O,
                begin,
                end));
        if (mention) {
          int index = tokens.size() - 1;
          mentions.add(
              new Mention(
                  sentences.size(),
                  index,
                  index + 1,
                  new TextSpan(begin, end, word.group()),
                  NerTag.MISC,
                  -1));
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(
            new Sentence(
                sentences.size(),
                lineStart,
                lineStart + line.length(),
                tokens,
                dependencies(tokens.size())));
      }
      lineStart += line.length() + 1;
    }
    annotated.incrementAndGet();
    return new AnnotatedDocument(document, sentences, mentions, List.of());
  }

  private static List<Dependency> dependencies(int tokens) {
    List<Dependency> edges = new ArrayList<>();
    edges.add(new Dependency(-1, 0, "root"));
    for (int i = 1; i < tokens; i++) {
      edges.add(new Dependency(0, i, "dep"));
    }
    return edges;
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String fingerprint() {
    return markCapitals ? "line-annotator-capitals" : "line-annotator";
  }
}
