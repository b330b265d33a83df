package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.SourceDocument;

/**
 * Real CoreNLP on a long document annotated in pieces: the one pipeline annotates each piece, and
 * the merged record has the sentences, tokens and mentions of the whole document at the document's
 * offsets.
 */
class CoreNlpPiecesIT {

  private static final String[] PARAGRAPHS = {
    "Jane Smith, the chief executive of Acme Corp, met officials in Paris on Monday. She said the"
        + " company would open an office in Lyon next year.",
    "The Boston-based firm employs 4,000 people. Its chairman, John Brown, told reporters that"
        + " sales in Germany had risen.",
    "Officials in Madrid declined to comment. A spokesman for the ministry said talks would go on."
  };

  private static CoreNlpAnnotator inPieces;
  private static CoreNlpAnnotator whole;

  @BeforeAll
  static void load() {
    inPieces = CoreNlpAnnotator.load(AnnotatorSettings.fromMap(Map.of("pieceChars", "5000")));
    whole = CoreNlpAnnotator.load(AnnotatorSettings.fromMap(Map.of("pieceChars", "1000000")));
  }

  @AfterAll
  static void close() {
    inPieces.close();
  }

  private static SourceDocument longDocument() {
    StringBuilder text = new StringBuilder("Company news of the week\n\n");
    for (int i = 0; text.length() < 40_000; i++) {
      text.append("Item ").append(i + 1).append(": ").append(PARAGRAPHS[i % PARAGRAPHS.length]);
      text.append(i % 4 == 3 ? "\n" : "\n\n");
    }
    return TestDocs.source("long.txt", text.toString());
  }

  @Test
  void piecesGiveTheSentencesTokensAndMentionsOfTheWholeDocument() {
    SourceDocument document = longDocument();
    String text = document.text();
    List<String> pieces = new ArrayList<>();

    AnnotatedDocument merged =
        inPieces.annotate(document, (id, piece, count) -> pieces.add(piece + "/" + count));
    AnnotatedDocument reference = whole.annotate(document);

    assertTrue(pieces.size() >= 8, pieces.toString());
    assertEquals(reference.sentences(), merged.sentences());
    assertEquals(reference.mentions(), merged.mentions());
    for (int i = 0; i < merged.sentences().size(); i++) {
      Sentence sentence = merged.sentences().get(i);
      assertEquals(i, sentence.index());
      for (Token token : sentence.tokens()) {
        assertTrue(sentence.begin() <= token.begin() && token.end() <= sentence.end());
        assertTrue(text.substring(token.begin(), token.end()).length() > 0);
      }
    }
    for (RelationCandidate candidate : merged.candidates()) {
      TextSpan subject = candidate.subject();
      assertEquals(subject.text(), text.substring(subject.begin(), subject.end()));
      Sentence sentence = merged.sentences().get(candidate.sentence());
      assertTrue(sentence.begin() <= subject.begin() && subject.end() <= sentence.end());
    }
    assertEquals(reference.candidates().size(), merged.candidates().size());
  }
}
