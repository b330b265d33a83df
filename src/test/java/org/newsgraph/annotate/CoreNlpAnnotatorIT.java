package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.SourceDocument;

/** Real CoreNLP (one pipeline for the class): output shape, offsets, and thread consistency. */
class CoreNlpAnnotatorIT {

  private static final String TEXT =
      "Acme Corp chief executive Jane Smith met Prime Minister John Brown in Paris on Monday.\n"
          + "He said the Boston-based company would hire Self-Defense experts.";

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = CoreNlpAnnotator.load(AnnotatorSettings.defaults());
  }

  @AfterAll
  static void close() {
    annotator.close();
  }

  @Test
  void shortTextGivesSentencesTokensMentionsAndKbpCandidates() {
    AnnotatedDocument result = annotator.annotate(TestDocs.source("short.txt", TEXT));

    assertEquals(2, result.sentences().size(), "a newline always ends a sentence");
    assertEquals(TEXT.indexOf("He said"), result.sentences().get(1).begin());

    Set<String> mentions =
        result.mentions().stream()
            .map(m -> m.type() + ":" + m.span().text())
            .collect(Collectors.toSet());
    assertTrue(mentions.contains("PERSON:Jane Smith"), mentions.toString());
    assertTrue(mentions.contains("PERSON:John Brown"), mentions.toString());
    assertTrue(mentions.contains("TITLE:Prime Minister"), mentions.toString());
    assertTrue(mentions.contains("CITY:Paris"), mentions.toString());
    assertTrue(mentions.contains("CITY:Boston"), mentions.toString());
    assertFalse(mentions.stream().anyMatch(m -> m.endsWith(":He")), "pronoun mentions dropped");
    assertTrue(result.mentions().stream().allMatch(m -> m.corefChain() == -1));

    Set<String> kbp =
        result.candidates().stream()
            .map(c -> c.subject().text() + " " + c.relation() + " " + c.object().text())
            .collect(Collectors.toSet());
    assertTrue(kbp.contains("John Brown per:title Prime Minister"), kbp.toString());
    assertTrue(result.candidates().stream().allMatch(c -> c.extractor().equals("kbp")));
  }

  @Test
  void offsetsIndexTheDocumentTextAndSpansAreCutFromIt() {
    AnnotatedDocument result = annotator.annotate(TestDocs.source("short.txt", TEXT));

    List<String> words = new ArrayList<>();
    for (Sentence sentence : result.sentences()) {
      for (Token token : sentence.tokens()) {
        words.add(TEXT.substring(token.begin(), token.end()));
      }
    }
    assertTrue(words.containsAll(List.of("Self", "-", "Defense", "Boston")), words.toString());
    for (Mention mention : result.mentions()) {
      assertEquals(
          TEXT.substring(mention.span().begin(), mention.span().end()), mention.span().text());
      Sentence sentence = result.sentences().get(mention.sentence());
      assertEquals(sentence.tokens().get(mention.tokenBegin()).begin(), mention.span().begin());
      assertEquals(sentence.tokens().get(mention.tokenEnd() - 1).end(), mention.span().end());
    }
    for (RelationCandidate candidate : result.candidates()) {
      assertEquals(
          TEXT.substring(candidate.subject().begin(), candidate.subject().end()),
          candidate.subject().text());
      assertEquals(
          TEXT.substring(candidate.object().begin(), candidate.object().end()),
          candidate.object().text());
    }
  }

  @Test
  void dependenciesHaveOneRootAndIndicesInTheSentence() {
    AnnotatedDocument result = annotator.annotate(TestDocs.source("short.txt", TEXT));
    for (Sentence sentence : result.sentences()) {
      int size = sentence.tokens().size();
      assertEquals(1, sentence.dependencies().stream().filter(d -> d.governor() == -1).count());
      for (Dependency dependency : sentence.dependencies()) {
        assertTrue(dependency.governor() >= -1 && dependency.governor() < size);
        assertTrue(dependency.dependent() >= 0 && dependency.dependent() < size);
      }
      assertTrue(
          sentence.dependencies().stream().anyMatch(d -> d.relation().startsWith("nsubj")),
          sentence.dependencies().toString());
    }
  }

  @Test
  void corefSettingLinksMentionsOfOnePerson() {
    String text =
        "Jane Smith met John Brown in Paris.\nLater Smith said that Brown would visit Rome.";
    try (CoreNlpAnnotator withCoref =
        CoreNlpAnnotator.load(AnnotatorSettings.fromMap(Map.of("coref", "true")))) {
      AnnotatedDocument result = withCoref.annotate(TestDocs.source("coref.txt", text));

      Map<String, Integer> chains = new HashMap<>();
      result.mentions().forEach(m -> chains.put(m.span().text(), m.corefChain()));
      assertTrue(chains.get("Jane Smith") >= 0, chains.toString());
      assertEquals(chains.get("Jane Smith"), chains.get("Smith"), chains.toString());
      assertEquals(chains.get("John Brown"), chains.get("Brown"), chains.toString());
      assertNotEquals(chains.get("Smith"), chains.get("Brown"), chains.toString());
    }
  }

  @Test
  void twoThreadsGiveTheSameResultsAsOneOnTheSeeds() throws IOException {
    List<SourceDocument> seeds = seeds();

    List<AnnotatedDocument> sequential = new ArrayList<>();
    for (SourceDocument seed : seeds) {
      sequential.add(annotator.annotate(seed));
    }
    List<AnnotatedDocument> parallel =
        new BatchAnnotator(annotator, 2).annotateAll(seeds, BatchAnnotator.ProgressListener.NONE);

    assertEquals(sequential, parallel);
    assertTrue(sequential.stream().mapToInt(d -> d.candidates().size()).sum() > 10);
  }

  private static List<SourceDocument> seeds() throws IOException {
    Path folder = Path.of("seeds");
    assertTrue(Files.isDirectory(folder), "seed articles expected in " + folder.toAbsolutePath());
    List<SourceDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        documents.add(TestDocs.source(file.getFileName().toString(), text));
      }
    }
    assertEquals(5, documents.size());
    return documents;
  }
}
