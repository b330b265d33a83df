package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CorefLink;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.annotate.Token;
import org.newsgraph.ingest.SourceDocument;

/**
 * Hand-made annotated documents for tests that must not load CoreNLP: sentences from "word/POS/NER"
 * items (a lemma can be given as "word|lemma/POS/NER"), words joined by single spaces and sentences
 * by newlines; NER mentions are the runs of equal NER tags, as CoreNLP makes them; dependencies as
 * "gov>dep:relation" (0-based, gov -1 for the root), or a flat stand-in.
 */
public final class DocBuilder {

  private final String id;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<RelationCandidate> candidates = new ArrayList<>();
  private final List<CorefLink> corefLinks = new ArrayList<>();

  public DocBuilder(String id) {
    this.id = id;
  }

  /**
   * Adds a sentence with a flat stand-in parse: the first token is the root and every other token
   * depends on it ("dep"), so Semgrex rules can run and find nothing.
   */
  public DocBuilder sentence(String tagged) {
    int size = tagged.strip().split(" +").length;
    StringBuilder edges = new StringBuilder("-1>0:root");
    for (int i = 1; i < size; i++) {
      edges.append(" 0>").append(i).append(":dep");
    }
    return sentence(tagged, edges.toString());
  }

  /** Adds a sentence with its dependency edges. */
  public DocBuilder sentence(String tagged, String edges) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    int index = sentences.size();
    int begin = text.length();
    List<Token> tokens = new ArrayList<>();
    String[] items = tagged.strip().split(" +");
    for (int i = 0; i < items.length; i++) {
      int ner = items[i].lastIndexOf('/');
      int pos = items[i].lastIndexOf('/', ner - 1);
      String[] wordAndLemma = items[i].substring(0, pos).split("\\|");
      String word = wordAndLemma[0];
      String lemma = wordAndLemma.length > 1 ? wordAndLemma[1] : word.toLowerCase(Locale.ROOT);
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(
          new Token(
              i,
              word,
              lemma,
              items[i].substring(pos + 1, ner),
              NerTag.of(items[i].substring(ner + 1)),
              start,
              text.length()));
    }
    Sentence sentence = new Sentence(index, begin, text.length(), tokens, deps(edges));
    sentences.add(sentence);
    addMentions(sentence);
    return this;
  }

  private void addMentions(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      NerTag ner = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner() == ner) {
        j++;
      }
      if (ner != NerTag.O) {
        int from = tokens.get(i).begin();
        int to = tokens.get(j - 1).end();
        mentions.add(
            new Mention(
                sentence.index(), i, j, new TextSpan(from, to, text.substring(from, to)), ner, -1));
      }
      i = j;
    }
  }

  private static List<Dependency> deps(String edges) {
    List<Dependency> result = new ArrayList<>();
    for (String edge : edges.strip().split(" +")) {
      if (edge.isEmpty()) {
        continue;
      }
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

  /**
   * Adds a relation candidate in a sentence; subject and object are found by their text (first
   * occurrence in that sentence).
   */
  public DocBuilder candidate(
      int sentence,
      String subject,
      String relation,
      String object,
      String extractor,
      double confidence) {
    candidates.add(
        new RelationCandidate(
            sentence,
            span(sentence, subject),
            relation,
            span(sentence, object),
            extractor,
            confidence));
    return this;
  }

  /**
   * Adds a coreference link, as CoreNLP's coreference would give it: the first occurrence of the
   * mention's text in its sentence refers to the first occurrence of the antecedent's text in its.
   */
  public DocBuilder corefLink(
      int sentence, String mention, int antecedentSentence, String antecedent) {
    TextSpan span = span(sentence, mention);
    List<Token> tokens = sentences.get(sentence).tokens();
    int first = 0;
    while (tokens.get(first).begin() < span.begin()) {
      first++;
    }
    int last = first;
    while (last < tokens.size() && tokens.get(last).end() <= span.end()) {
      last++;
    }
    boolean pronoun = tokens.get(first).pos().startsWith("PRP");
    corefLinks.add(
        new CorefLink(
            sentence,
            first,
            last,
            span,
            pronoun,
            antecedentSentence,
            span(antecedentSentence, antecedent)));
    return this;
  }

  /** The span of the first occurrence of the text in the sentence. */
  public TextSpan span(int sentence, String words) {
    Sentence s = sentences.get(sentence);
    int at = text.indexOf(words, s.begin());
    if (at < 0 || at + words.length() > s.end()) {
      throw new IllegalArgumentException("'" + words + "' is not in sentence " + sentence);
    }
    return new TextSpan(at, at + words.length(), words);
  }

  /** The document built so far. */
  public AnnotatedDocument build() {
    String content = text.toString();
    SourceDocument source =
        new SourceDocument(
            id,
            "test/" + id,
            content.lines().findFirst().orElse(""),
            content,
            Integer.toHexString(content.hashCode()));
    return new AnnotatedDocument(source, sentences, mentions, candidates, corefLinks);
  }
}
