package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of the readers of the rule files: the pattern rule parser
 * (fields, continuation lines, {@code define:} macros, TokensRegex and Semgrex compiled by CoreNLP)
 * and the line syntax of every list ({@link RuleFile}). Whatever the text, the parser either gives
 * rules that keep its promises (a name, a relation, a confidence in [0, 1], exactly one compiled
 * pattern, a location in the file) or refuses the file with an {@link IllegalArgumentException}
 * that names the file and the line; any other exception or error is a finding. {@code mvn verify}
 * fuzzes it for a fixed time (execution {@code fuzz-rules}); its corpus, under {@code
 * RuleFilesFuzzITInputs/fuzz/}, starts from a real rule file.
 */
class RuleFilesFuzzIT {

  @FuzzTest(maxDuration = "20s")
  void fuzz(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    for (String line : text.split("\n", -1)) {
      String content = line.stripLeading();
      assertEquals(!content.isEmpty() && !content.startsWith("#"), RuleFile.isEntry(line), line);
    }
    List<PatternRule> rules;
    try {
      rules = PatternRuleParser.parse("fuzz.rules", text);
    } catch (IllegalArgumentException e) {
      assertTrue(
          e.getMessage().startsWith("Pattern rule file fuzz.rules:"),
          () -> "a refusal names the file and the line: " + e.getMessage());
      return;
    }
    for (PatternRule rule : rules) {
      assertFalse(rule.name().isEmpty());
      assertFalse(rule.relation().isEmpty());
      assertTrue(rule.confidence() >= 0 && rule.confidence() <= 1, rule.name());
      assertTrue((rule.tokens() == null) != (rule.semgrex() == null), rule.name());
      assertTrue(rule.location().startsWith("fuzz.rules:"), rule.location());
    }
  }
}
