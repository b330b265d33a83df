package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.ingest.SourceDocument;

/**
 * A model-free annotator for build tests: one sentence per non-empty line, whitespace tokens that
 * all depend on the first, no entity mentions. Counts the documents it annotates; fails on ids in
 * {@link #failIds}.
 */
public final class LineAnnotator implements DocumentAnnotator {

  private static final Pattern WORD = Pattern.compile("\\S+");

  public final AtomicInteger annotated = new AtomicInteger();
  public final Set<String> failIds = ConcurrentHashMap.newKeySet();

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    if (failIds.contains(document.id())) {
      throw new IllegalStateException("cannot annotate " + document.id() + " on purpose");
    }
    annotated.incrementAndGet();
    List<Sentence> sentences = new ArrayList<>();
    String text = document.text();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      Matcher word = WORD.matcher(line);
      while (word.find()) {
        tokens.add(
            new Token(
                tokens.size(),
                word.group(),
                word.group(),
                "NN",
                NerTag.O,
                lineStart + word.start(),
                lineStart + word.end()));
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
    return new AnnotatedDocument(document, sentences, List.of(), List.of());
  }

  private static List<Dependency> dependencies(int tokens) {
    List<Dependency> edges = new ArrayList<>();
    edges.add(new Dependency(-1, 0, "root"));
    for (int i = 1; i < tokens; i++) {
      edges.add(new Dependency(0, i, "dep"));
    }
    return edges;
  }

  @Override
  public String fingerprint() {
    return "line-annotator";
  }
}
