package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.SourceDocument;

/** Annotation in pieces and the merging of the pieces' records, with a model-free annotator. */
class PieceAnnotationTest {

  private static String paragraphs(int count) {
    StringBuilder text = new StringBuilder("Headline Of The Day\n\n");
    for (int i = 1; i <= count; i++) {
      text.append("Paragraph ")
          .append(i)
          .append(" says that Alpha met Beta in Gamma.\nIt adds a second line ")
          .append(i)
          .append(".\n\n");
    }
    return text.toString();
  }

  @Test
  void piecesCutAtLineBreaksGiveTheRecordOfTheWholeDocument() {
    LineAnnotator annotator = LineAnnotator.markingCapitals();
    SourceDocument document = TestDocs.source("big.txt", paragraphs(40));
    List<String> progress = new ArrayList<>();

    AnnotatedDocument whole = annotator.annotate(document);
    AnnotatedDocument inPieces =
        PieceAnnotation.annotate(
            document,
            300,
            (id, piece, pieces) -> progress.add(id + " " + piece + "/" + pieces),
            annotator::annotate);

    assertEquals(whole, inPieces);
    assertTrue(progress.size() > 5, progress.toString());
    assertEquals("big.txt 1/" + progress.size(), progress.get(0));
    assertEquals(
        "big.txt " + progress.size() + "/" + progress.size(), progress.get(progress.size() - 1));
    assertEquals(progress.size(), annotator.calls.get() - 1, "one call per piece");
  }

  @Test
  void offsetsSentenceIndexesSpansAndChainsMoveTokenIndexesStay() {
    String text = "Alpha met Beta.\nGamma left.\n";
    SourceDocument document = TestDocs.source("d.txt", text);
    // Piece 2 is "Gamma left.\n" at offset 16, annotated as if it were a document of its own.
    Sentence gamma =
        TestDocs.sentence(
            0, 0, "Gamma/NNP/PERSON left./VBD/O", TestDocs.deps("-1>1:root 1>0:nsubj"));
    TextSpan gammaSpan = new TextSpan(0, 5, "Gamma");
    AnnotatedDocument second =
        new AnnotatedDocument(
            TestDocs.source("d.txt", "Gamma left.\n"),
            List.of(gamma),
            List.of(new Mention(0, 0, 1, gammaSpan, NerTag.PERSON, 1)),
            List.of(new RelationCandidate(0, gammaSpan, "per:title", gammaSpan, "kbp", 0.5)));
    Sentence alpha =
        TestDocs.sentence(
            0, 0, "Alpha/NNP/PERSON met/VBD/O Beta./NNP/PERSON", TestDocs.deps("-1>1:root"));
    AnnotatedDocument first =
        new AnnotatedDocument(
            TestDocs.source("d.txt", "Alpha met Beta.\n"),
            List.of(alpha),
            List.of(
                new Mention(0, 0, 1, new TextSpan(0, 5, "Alpha"), NerTag.PERSON, 3),
                new Mention(0, 2, 3, new TextSpan(10, 14, "Beta"), NerTag.PERSON, -1)),
            List.of());

    PieceMerger merger = new PieceMerger(document);
    merger.add(0, first);
    merger.add(16, second);
    AnnotatedDocument merged = merger.merged();

    assertEquals(document, merged.document());
    Sentence moved = merged.sentences().get(1);
    assertEquals(1, moved.index());
    assertEquals(16, moved.begin());
    assertEquals(27, moved.end());
    assertEquals(new Token(1, "left.", "left.", "VBD", NerTag.O, 22, 27), moved.tokens().get(1));
    assertEquals(gamma.dependencies(), moved.dependencies());
    Mention gammaMention = merged.mentions().get(2);
    assertEquals(
        new Mention(1, 0, 1, new TextSpan(16, 21, "Gamma"), NerTag.PERSON, 5), gammaMention);
    assertEquals(-1, merged.mentions().get(1).corefChain());
    RelationCandidate candidate = merged.candidates().get(0);
    assertEquals(1, candidate.sentence());
    assertEquals(new TextSpan(16, 21, "Gamma"), candidate.subject());
    assertEquals(new TextSpan(16, 21, "Gamma"), candidate.object());
    for (Mention m : merged.mentions()) {
      assertEquals(m.span().text(), text.substring(m.span().begin(), m.span().end()));
    }
  }

  @Test
  void coreferenceLinksMoveWithTheirPiece() {
    String text = "Alpha met Beta.\nHe left.\n";
    SourceDocument document = TestDocs.source("d.txt", text);
    Sentence first =
        TestDocs.sentence(
            0, 0, "Alpha/NNP/PERSON met/VBD/O Beta./NNP/PERSON", TestDocs.deps("-1>1:root"));
    Sentence he = TestDocs.sentence(0, 0, "He/PRP/O left./VBD/O", TestDocs.deps("-1>1:root"));
    AnnotatedDocument second =
        new AnnotatedDocument(
            TestDocs.source("d.txt", "He left.\n"),
            List.of(he),
            List.of(),
            List.of(),
            List.of(
                new CorefLink(
                    0, 0, 1, new TextSpan(0, 2, "He"), true, 0, new TextSpan(0, 2, "He"))));

    PieceMerger merger = new PieceMerger(document);
    merger.add(
        0,
        new AnnotatedDocument(
            TestDocs.source("d.txt", "Alpha met Beta.\n"), List.of(first), List.of(), List.of()));
    merger.add(16, second);
    AnnotatedDocument merged = merger.merged();

    assertEquals(
        List.of(
            new CorefLink(
                1, 0, 1, new TextSpan(16, 18, "He"), true, 1, new TextSpan(16, 18, "He"))),
        merged.corefLinks());
  }

  @Test
  void aSpanThatIsNotTheDocumentsTextAtItsNewOffsetsIsABug() {
    SourceDocument document = TestDocs.source("d.txt", "Alpha met Beta.\n");
    AnnotatedDocument wrong =
        new AnnotatedDocument(
            document,
            List.of(),
            List.of(new Mention(0, 0, 1, new TextSpan(0, 4, "Beta"), NerTag.PERSON, -1)),
            List.of());
    PieceMerger merger = new PieceMerger(document);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> merger.add(0, wrong));
    assertTrue(e.getMessage().contains("'Beta'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> merger.add(0, wrong), "out of order");
  }
}
