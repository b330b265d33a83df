package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Read access to one annotated document for the resolver: token texts cut from the document text
 * (CoreNLP's normalised words differ, e.g. {@code -LRB-}) and which sentences are story text.
 *
 * <p>A sentence is <em>weak</em> when it is page furniture rather than story: a short line without
 * a finite verb ("Summarized by X", "By A and B", "Open App"), a line without a finite verb that
 * gives an e-mail or web address (a press contact), or a title-case heading. Names found only in
 * weak sentences are not entities (bylines, outlet names, headings that glue names together). A
 * heading is a line of at least four words of three letters or more, at least 80% of them
 * capitalised, that does not end with a full stop.
 */
final class DocumentView {

  private static final int SHORT_LINE_TOKENS = 8;

  private final AnnotatedDocument document;
  private final boolean[] weak;

  DocumentView(AnnotatedDocument document) {
    this.document = document;
    this.weak = new boolean[document.sentences().size()];
    for (Sentence sentence : document.sentences()) {
      weak[sentence.index()] = isWeak(sentence);
    }
  }

  AnnotatedDocument document() {
    return document;
  }

  String id() {
    return document.document().id();
  }

  String text() {
    return document.document().text();
  }

  List<Sentence> sentences() {
    return document.sentences();
  }

  Sentence sentence(int index) {
    return document.sentences().get(index);
  }

  /** Whether the sentence is page furniture or a heading rather than story text. */
  boolean isWeak(int sentenceIndex) {
    return weak[sentenceIndex];
  }

  /** The token's text as it appears in the document. */
  String tokenText(Sentence sentence, int index) {
    Token token = sentence.tokens().get(index);
    return text().substring(token.begin(), token.end());
  }

  /** The document text from the first to the last token of a range, verbatim. */
  String spanText(Sentence sentence, int tokenBegin, int tokenEnd) {
    return text()
        .substring(
            sentence.tokens().get(tokenBegin).begin(), sentence.tokens().get(tokenEnd - 1).end());
  }

  /** A mention over a token range of a sentence. */
  NameMention mention(
      Sentence sentence, int tokenBegin, int tokenEnd, NerTag ner, NameMention.Origin origin) {
    return new NameMention(
        id(),
        sentence.index(),
        tokenBegin,
        tokenEnd,
        sentence.tokens().get(tokenBegin).begin(),
        sentence.tokens().get(tokenEnd - 1).end(),
        spanText(sentence, tokenBegin, tokenEnd),
        ner,
        origin);
  }

  private boolean isWeak(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return true;
    }
    boolean finiteVerb = tokens.stream().anyMatch(t -> PosTag.isFiniteVerb(t.pos()));
    if (!finiteVerb && tokens.size() <= SHORT_LINE_TOKENS) {
      return true;
    }
    if (!finiteVerb
        && tokens.stream().anyMatch(t -> t.ner() == NerTag.EMAIL || t.ner() == NerTag.URL)) {
      return true; // a contact line: "Media contact: Jane Doe, Acme, press@acme.example"
    }
    return isTitleCase(sentence);
  }

  /** At least four content words, nearly all capitalised, and no final full stop: a heading. */
  private boolean isTitleCase(Sentence sentence) {
    String last = tokenText(sentence, sentence.tokens().size() - 1);
    if (last.equals(".") || last.equals("?") || last.equals("!")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      String word = tokenText(sentence, i);
      if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      }
    }
    return words >= 4 && capitalised >= 0.8 * words;
  }
}
