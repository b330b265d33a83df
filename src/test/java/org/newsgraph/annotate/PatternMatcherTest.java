package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternMatcherTest {

  private static final String RULES =
      """
      # test rules
      define: $PLACE = [{ner:/CITY|COUNTRY/}]+

      rule: title-before-name
      relation: title
      confidence: 0.9
      tokens: (?$obj [{ner:TITLE}]+) (?$subj [{ner:PERSON}]+)

      rule: title-appositive
      relation: title
      confidence: 0.8
      semgrex: {ner:PERSON}=subj >appos {ner:TITLE}=obj

      rule: place-based
      relation: headquarters
      confidence: 0.7
      tokens: (?$obj $PLACE) /-/? /based/ [{tag:/JJ.*|NN.*/} & !{ner:ORGANIZATION}]*
        (?$subj [{ner:ORGANIZATION}]+)

      rule: praise-object
      relation: test
      confidence: 0.5
      semgrex: {lemma:praised} >nsubj {}=subj >obj {}=obj
      """;

  /** "Prime Minister Jane Doe praised the Lyon - based firm Acme Corp ." */
  private static final Sentence FIRST =
      TestDocs.sentence(
          0,
          0,
          "Prime/NNP/TITLE Minister/NNP/TITLE Jane/NNP/PERSON Doe/NNP/PERSON praised/VBD/O the/DT/O"
              + " Lyon/NNP/CITY -/HYPH/O based/VBN/O firm/NN/O Acme/NNP/ORGANIZATION"
              + " Corp/NNP/ORGANIZATION ./././O",
          TestDocs.deps(
              "3>0:compound 3>1:compound 3>2:compound 4>3:nsubj -1>4:root 9>5:det 8>6:obl:npmod"
                  + " 8>7:punct 9>8:amod 4>9:obj 11>10:compound 9>11:appos 4>12:punct"));

  private static final String FIRST_TEXT = TestDocs.text(FIRST);

  /** "Jane Doe , the foreign minister , resigned ." */
  private static final Sentence SECOND =
      TestDocs.sentence(
          1,
          FIRST_TEXT.length() + 1,
          "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O the/DT/O foreign/JJ/TITLE minister/NN/TITLE ,/,/O"
              + " resigned/VBD/O ./././O",
          TestDocs.deps(
              "1>0:flat 7>1:nsubj 1>2:punct 5>3:det 5>4:amod 1>5:appos 1>6:punct -1>7:root"
                  + " 7>8:punct"));

  private static final String TEXT = FIRST_TEXT + "\n" + TestDocs.text(SECOND);

  private static AnnotatedDocument document() {
    List<Mention> mentions =
        List.of(
            TestDocs.mention(TEXT, FIRST, 0, 2, NerTag.TITLE),
            TestDocs.mention(TEXT, FIRST, 2, 4, NerTag.PERSON),
            TestDocs.mention(TEXT, FIRST, 6, 7, NerTag.CITY),
            TestDocs.mention(TEXT, FIRST, 10, 12, NerTag.ORGANIZATION),
            TestDocs.mention(TEXT, SECOND, 0, 2, NerTag.PERSON),
            TestDocs.mention(TEXT, SECOND, 4, 6, NerTag.TITLE));
    RelationCandidate kbp =
        new RelationCandidate(
            0, mentions.get(1).span(), "per:title", mentions.get(0).span(), "kbp", 1.0);
    return new AnnotatedDocument(
        TestDocs.source("test.txt", TEXT), List.of(FIRST, SECOND), mentions, List.of(kbp));
  }

  private static String describe(RelationCandidate c) {
    return c.sentence()
        + " "
        + c.subject().text()
        + " |"
        + c.relation()
        + "| "
        + c.object().text()
        + " "
        + c.extractor()
        + " "
        + c.confidence();
  }

  @Test
  void tokensAndSemgrexRulesProposeCandidatesWithTextFromTheDocument() {
    PatternMatcher matcher = PatternMatcher.fromText("test.rules", RULES);

    List<String> found =
        matcher.match(document()).stream().map(PatternMatcherTest::describe).toList();

    assertEquals(
        List.of(
            "0 Jane Doe |title| Prime Minister pattern:title-before-name 0.9",
            "0 Acme Corp |headquarters| Lyon pattern:place-based 0.7",
            "0 Jane Doe |test| based firm pattern:praise-object 0.5",
            "1 Jane Doe |title| foreign minister pattern:title-appositive 0.8"),
        found);
  }

  @Test
  void aSemgrexTitleIsTheWholeOfficeTaggedBeforeTheRules() {
    Sentence sentence =
        TestDocs.sentence(
            0,
            0,
            "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O the/DT/O museum/NN/O 's/POS/O head/NN/O of/IN/O"
                + " education/NN/O ,/,/O spoke/VBD/O ./././O",
            TestDocs.deps(
                "1>0:flat 10>1:nsubj 1>2:punct 4>3:det 6>4:nmod:poss 4>5:case 1>6:appos 8>7:case"
                    + " 6>8:nmod:of 1>9:punct -1>10:root 10>11:punct"));
    String text = TestDocs.text(sentence);
    AnnotatedDocument doc =
        new AnnotatedDocument(
            TestDocs.source("a.txt", text),
            List.of(sentence),
            List.of(TestDocs.mention(text, sentence, 0, 2, NerTag.PERSON)),
            List.of());

    List<String> found =
        PatternMatcher.fromText("test.rules", RULES).match(doc).stream()
            .map(PatternMatcherTest::describe)
            .toList();

    assertEquals(
        List.of("0 Jane Doe |title| head of education pattern:title-appositive 0.8"), found);
  }

  @Test
  void sentencesWithoutAParseSkipSemgrexRulesButKeepTokenRules() {
    Sentence unparsed =
        new Sentence(FIRST.index(), FIRST.begin(), FIRST.end(), FIRST.tokens(), List.of());
    AnnotatedDocument document = document();
    AnnotatedDocument withoutParse =
        new AnnotatedDocument(
            document.document(), List.of(unparsed), document.mentions(), List.of());

    List<String> found =
        PatternMatcher.fromText("test.rules", RULES).match(withoutParse).stream()
            .map(PatternMatcherTest::describe)
            .toList();

    assertEquals(
        List.of(
            "0 Jane Doe |title| Prime Minister pattern:title-before-name 0.9",
            "0 Acme Corp |headquarters| Lyon pattern:place-based 0.7"),
        found);
  }

  @Test
  void spansCarryDocumentOffsets() {
    PatternMatcher matcher = PatternMatcher.fromText("test.rules", RULES);
    for (RelationCandidate candidate : matcher.match(document())) {
      TextSpan subject = candidate.subject();
      assertEquals(TEXT.substring(subject.begin(), subject.end()), subject.text());
      TextSpan object = candidate.object();
      assertEquals(TEXT.substring(object.begin(), object.end()), object.text());
    }
  }

  @Test
  void applyAppendsPatternCandidatesAfterKbpCandidates() {
    AnnotatedDocument document = document();
    AnnotatedDocument applied = PatternMatcher.fromText("test.rules", RULES).apply(document);
    assertEquals(5, applied.candidates().size());
    assertEquals(document.candidates().get(0), applied.candidates().get(0));
    assertEquals(document.sentences(), applied.sentences());
    assertEquals(document.mentions(), applied.mentions());
  }

  @Test
  void concurrentMatchingGivesTheSameCandidates() throws Exception {
    PatternMatcher matcher = PatternMatcher.fromText("test.rules", RULES);
    AnnotatedDocument document = document();
    List<RelationCandidate> expected = matcher.match(document);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RelationCandidate>>> runs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        runs.add(pool.submit(() -> matcher.match(document)));
      }
      for (Future<List<RelationCandidate>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void defaultRulesLoadFromTheClasspath() {
    PatternMatcher matcher = PatternMatcher.loadDefault();
    assertFalse(matcher.ruleNames().isEmpty());
    assertEquals(matcher.ruleNames().size(), new HashSet<>(matcher.ruleNames()).size());
    for (RelationCandidate candidate : matcher.match(document())) {
      assertTrue(candidate.extractor().startsWith("pattern:"), candidate.extractor());
    }
  }

  private static String loadError(String rules) {
    return assertThrows(
            IllegalArgumentException.class, () -> PatternMatcher.fromText("bad.rules", rules))
        .getMessage();
  }

  @Test
  void invalidTokensRegexNamesFileRuleAndParserMessage() {
    String message =
        loadError(
            "# c\nrule: broken\nrelation: title\nconfidence: 0.5\n"
                + "tokens: (?$obj [{ner:TITLE}]+ (?$subj [{ner:PERSON}]+)\n");
    assertTrue(message.startsWith("Pattern rule file bad.rules:2, rule 'broken'"), message);
    assertTrue(message.contains("invalid TokensRegex"), message);
  }

  @Test
  void anUnknownTokensRegexVariableIsARefusalNotAnError() {
    // Found by RuleFilesFuzzIT: CoreNLP's parser throws java.lang.Error for "?$obj2" (no "(").
    String message =
        loadError(
            "rule: unknown-variable\nrelation: title\nconfidence: 0.5\n"
                + "tokens: (?$subj [{ner:PERSON}]+) (?$obj [{ner:TITLE}]+) ([{word:/a/}])?$obj2 /x/\n");
    assertTrue(
        message.startsWith("Pattern rule file bad.rules:1, rule 'unknown-variable'"), message);
    assertTrue(message.contains("invalid TokensRegex"), message);
    assertTrue(message.contains("$obj2"), message);
  }

  @Test
  void anUnknownVariableInADefineIsARefusalNotAnError() {
    String message = loadError("# c\ndefine: $PLACE = [{ner:CITY}] ?$NOWHERE\n");
    assertTrue(message.startsWith("Pattern rule file bad.rules:2"), message);
    assertTrue(message.contains("invalid TokensRegex in define $PLACE"), message);
  }

  @Test
  void invalidSemgrexNamesFileRuleAndParserMessage() {
    String message =
        loadError(
            "rule: broken-graph\nrelation: title\nconfidence: 0.5\n"
                + "semgrex: {ner:PERSON}=subj >appos (({ner:TITLE}=obj\n");
    assertTrue(message.contains("bad.rules:1, rule 'broken-graph'"), message);
    assertTrue(message.contains("invalid Semgrex"), message);
  }

  @Test
  void otherRuleMistakesAreReported() {
    assertTrue(
        loadError("rule: a\nrelation: title\nconfidence: 0.5\ntokens: (?$subj [{ner:PERSON}]+)\n")
            .contains("(?$obj"));
    assertTrue(
        loadError("rule: a\nrelation: title\nconfidence: 2\ntokens: (?$subj [])(?$obj [])\n")
            .contains("confidence must be"));
    assertTrue(loadError("rule: a\nrelaton: title\n").contains("unknown field 'relaton'"));
    assertTrue(loadError("relation: title\n").contains("before the first 'rule:'"));
    assertTrue(
        loadError("rule: a\nrelation: title\nconfidence: 1\n")
            .contains("exactly one of 'tokens:' and 'semgrex:'"));
  }

  @Test
  void duplicateRuleNamesAcrossFilesAreRejected(@TempDir Path dir) throws IOException {
    String rule = "rule: same\nrelation: title\nconfidence: 1\ntokens: (?$subj [])(?$obj [])\n";
    Path first = Files.writeString(dir.resolve("one.rules"), rule);
    Path second = Files.writeString(dir.resolve("two.rules"), "# x\n" + rule);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PatternMatcher.fromFiles(List.of(first, second)));
    assertTrue(e.getMessage().contains("one.rules:1"), e.getMessage());
    assertTrue(e.getMessage().contains("two.rules:2"), e.getMessage());
  }
}
