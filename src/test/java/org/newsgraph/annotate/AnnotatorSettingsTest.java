package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.SourceDocument;

class AnnotatorSettingsTest {

  @Test
  void defaultsAreFastWithoutCoref() {
    AnnotatorSettings settings = AnnotatorSettings.defaults();
    assertFalse(settings.coref());
    Properties properties = settings.toProperties();
    assertEquals(
        "tokenize,ssplit,pos,lemma,ner,depparse,kbp", properties.getProperty("annotators"));
    assertEquals("always", properties.getProperty("ssplit.newlineIsSentenceBreak"));
    assertEquals("true", properties.getProperty("ner.applyFineGrained"));
  }

  @Test
  void corefAddsTheAnnotatorBeforeKbp() {
    AnnotatorSettings settings = AnnotatorSettings.fromMap(Map.of("coref", "true"));
    assertEquals("tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp", settings.annotators());
  }

  @Test
  void unknownKeyIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AnnotatorSettings.fromMap(Map.of("corefx", "true")));
    assertTrue(e.getMessage().contains("'corefx'"), e.getMessage());
    assertTrue(e.getMessage().contains("coref, sutime"), e.getMessage());
  }

  @Test
  void invalidValuesAreRejectedByName() {
    IllegalArgumentException bool =
        assertThrows(
            IllegalArgumentException.class,
            () -> AnnotatorSettings.fromMap(Map.of("sutime", "yes")));
    assertTrue(bool.getMessage().contains("'sutime'"), bool.getMessage());
    IllegalArgumentException split =
        assertThrows(
            IllegalArgumentException.class,
            () -> AnnotatorSettings.fromMap(Map.of("newlineIsSentenceBreak", "sometimes")));
    assertTrue(split.getMessage().contains("'newlineIsSentenceBreak'"), split.getMessage());
  }

  @Test
  void pieceCharsDefaultsTo100000AndRejectsSmallOrNonNumericValues() {
    assertEquals(100_000, AnnotatorSettings.defaults().pieceChars());
    assertEquals(5000, AnnotatorSettings.fromMap(Map.of("pieceChars", "5000")).pieceChars());
    for (String bad : List.of("999", "0", "-5", "lots", "1e5", "")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> AnnotatorSettings.fromMap(Map.of("pieceChars", bad)),
              bad);
      assertTrue(e.getMessage().contains("'pieceChars'"), e.getMessage());
      assertTrue(e.getMessage().contains("at least 1000"), e.getMessage());
    }
  }

  @Test
  void pieceCharsShapesTheFingerprintOfLongDocumentsOnly() {
    AnnotatorSettings defaults = AnnotatorSettings.defaults();
    AnnotatorSettings small = AnnotatorSettings.fromMap(Map.of("pieceChars", "1000"));
    assertEquals(defaults.fingerprint(), small.fingerprint());
    SourceDocument article = TestDocs.source("a.txt", "Headline\n" + "Text. ".repeat(100));
    SourceDocument report = TestDocs.source("r.txt", "Headline\n" + "Text. ".repeat(1000));
    assertFalse(small.inPieces(article));
    assertTrue(small.inPieces(report));
    assertFalse(defaults.inPieces(report));
    assertEquals(defaults.fingerprint(article), small.fingerprint(article));
    assertEquals(defaults.fingerprint(), defaults.fingerprint(report));
    assertNotEquals(defaults.fingerprint(report), small.fingerprint(report));
    assertTrue(small.fingerprint(report).endsWith(";pieceChars=1000"), small.fingerprint(report));
  }

  @Test
  void toMapIsTheInverseOfFromMap() {
    AnnotatorSettings settings =
        AnnotatorSettings.fromMap(
            Map.of("coref", "true", "newlineIsSentenceBreak", "two", "pieceChars", "20000"));
    assertEquals(settings, AnnotatorSettings.fromMap(settings.toMap()));
  }

  @Test
  void fingerprintFollowsOutputShapingSettingsOnly() {
    AnnotatorSettings defaults = AnnotatorSettings.defaults();
    assertEquals(
        defaults.fingerprint(), AnnotatorSettings.fromMap(Map.of("verbose", "true")).fingerprint());
    assertEquals(
        defaults.fingerprint(),
        AnnotatorSettings.fromMap(Map.of("parallelLoad", "false")).fingerprint());
    assertNotEquals(
        defaults.fingerprint(), AnnotatorSettings.fromMap(Map.of("coref", "true")).fingerprint());
    assertNotEquals(
        defaults.fingerprint(), AnnotatorSettings.fromMap(Map.of("sutime", "true")).fingerprint());
    assertTrue(defaults.fingerprint().contains("corenlp=4.5.10"), defaults.fingerprint());
  }

  @Test
  void theCoreferenceOutputVersionIsPartOfTheFingerprintOnlyWithCoreference() {
    String corefVersion = "corefOutput=" + AnnotatorSettings.COREF_OUTPUT_VERSION;
    assertFalse(
        AnnotatorSettings.defaults().fingerprint().contains("corefOutput"),
        "caches without coreference stay valid when only the coreference output changes");
    assertTrue(
        AnnotatorSettings.fromMap(Map.of("coref", "true")).fingerprint().contains(corefVersion));
  }

  @Test
  void fingerprintVersionMatchesTheCoreNlpJar() {
    assertEquals(
        edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion(),
        AnnotatorSettings.CORENLP_VERSION,
        "update AnnotatorSettings.CORENLP_VERSION with the CoreNLP version in pom.xml");
  }
}
