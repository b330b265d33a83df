package org.newsgraph.annotate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.newsgraph.ingest.SourceDocument;

/** Hand-made documents and records for tests that must not load CoreNLP models. */
final class TestDocs {

  private TestDocs() {}

  /** A source document with the given id and text, hashed like ingest does. */
  static SourceDocument source(String id, String text) {
    String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    return new SourceDocument(id, "test/" + id, title, text, sha256(text));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Builds one sentence from "word/POS/NER" items separated by single spaces, with offsets counted
   * from {@code offset} in a text made of the words joined by spaces.
   */
  static Sentence sentence(int index, int offset, String tagged, List<Dependency> dependencies) {
    List<Token> tokens = new ArrayList<>();
    int position = offset;
    String[] items = tagged.split(" ");
    for (int i = 0; i < items.length; i++) {
      String[] parts = items[i].split("/", -1);
      String word = parts[0];
      tokens.add(
          new Token(
              i,
              word,
              word.toLowerCase(Locale.ROOT),
              parts[1],
              NerTag.of(parts[2]),
              position,
              position + word.length()));
      position += word.length() + 1;
    }
    return new Sentence(index, offset, position - 1, tokens, dependencies);
  }

  /** The text the sentence's words make when joined by single spaces. */
  static String text(Sentence sentence) {
    return String.join(" ", sentence.tokens().stream().map(Token::word).toList());
  }

  /** Parses "gov>dep:rel" edges, 0-based, gov -1 for root, separated by spaces. */
  static List<Dependency> deps(String edges) {
    List<Dependency> result = new ArrayList<>();
    for (String edge : edges.split(" ")) {
      int arrow = edge.indexOf('>');
      int colon = edge.indexOf(':', arrow);
      result.add(
          new Dependency(
              Integer.parseInt(edge.substring(0, arrow)),
              Integer.parseInt(edge.substring(arrow + 1, colon)),
              edge.substring(colon + 1)));
    }
    return result;
  }

  /** A mention of tokens [begin, end) of the sentence. */
  static Mention mention(String text, Sentence sentence, int begin, int end, NerTag type) {
    int from = sentence.tokens().get(begin).begin();
    int to = sentence.tokens().get(end - 1).end();
    return new Mention(
        sentence.index(), begin, end, new TextSpan(from, to, text.substring(from, to)), type, -1);
  }
}
