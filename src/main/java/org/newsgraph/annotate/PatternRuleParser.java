package org.newsgraph.annotate;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses one pattern rule file (format in docs/patterns.md). Lines are {@code field: value}; {@code
 * #} starts a comment line; a line starting with whitespace continues the previous value; {@code
 * rule:} starts a new rule; {@code define: $NAME = tokensregex} binds a TokensRegex macro for the
 * rest of the file. Errors name the file, the line, the rule and CoreNLP's parse message.
 */
final class PatternRuleParser {

  private static final Set<String> RULE_FIELDS =
      Set.of("rule", "relation", "confidence", "tokens", "semgrex");
  private static final Pattern SUBJ_GROUP = Pattern.compile("\\(\\?\\$subj\\b");
  private static final Pattern OBJ_GROUP = Pattern.compile("\\(\\?\\$obj\\b");
  private static final Pattern SUBJ_NODE = Pattern.compile("=subj\\b");
  private static final Pattern OBJ_NODE = Pattern.compile("=obj\\b");
  private static final Pattern DEFINE = Pattern.compile("(\\$[A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.+)");

  private final String fileName;
  private final Env env = TokenSequencePattern.getNewEnv();
  private final List<PatternRule> rules = new ArrayList<>();
  private Map<String, String> fields;
  private int ruleLine;
  private String lastField;

  private PatternRuleParser(String fileName) {
    this.fileName = fileName;
  }

  /**
   * Parses a rule file's content.
   *
   * @param fileName the file's name, for messages
   * @throws IllegalArgumentException naming file, line and rule when the file is invalid
   */
  static List<PatternRule> parse(String fileName, String content) {
    PatternRuleParser parser = new PatternRuleParser(fileName);
    String[] lines = content.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      parser.line(i + 1, lines[i]);
    }
    parser.finishRule();
    return List.copyOf(parser.rules);
  }

  private void line(int number, String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return;
    }
    if (Character.isWhitespace(line.charAt(0))) {
      continueValue(number, trimmed);
      return;
    }
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      throw error(number, "expected 'field: value', got '" + trimmed + "'");
    }
    String field = trimmed.substring(0, colon).strip();
    String value = trimmed.substring(colon + 1).strip();
    if (field.equals("define")) {
      finishRule();
      define(number, value);
    } else if (field.equals("rule")) {
      finishRule();
      fields = new LinkedHashMap<>();
      fields.put("rule", value);
      ruleLine = number;
      lastField = "rule";
    } else if (!RULE_FIELDS.contains(field)) {
      throw error(number, "unknown field '" + field + "'; known fields: define, " + RULE_FIELDS);
    } else if (fields == null) {
      throw error(number, "field '" + field + "' before the first 'rule:' line");
    } else if (fields.containsKey(field)) {
      throw error(number, "field '" + field + "' given twice in rule '" + fields.get("rule") + "'");
    } else {
      fields.put(field, value);
      lastField = field;
    }
  }

  private void continueValue(int number, String text) {
    if (fields == null || lastField == null) {
      throw error(number, "continuation line outside a rule");
    }
    fields.put(lastField, fields.get(lastField) + " " + text);
  }

  private void define(int number, String value) {
    var matcher = DEFINE.matcher(value);
    if (!matcher.matches()) {
      throw error(number, "expected 'define: $NAME = tokensregex', got '" + value + "'");
    }
    try {
      env.bind(matcher.group(1), TokenSequencePattern.compile(env, matcher.group(2)));
    } catch (RuntimeException | Error e) {
      throw error(
          number,
          "invalid TokensRegex in define " + matcher.group(1) + ": " + message(vmErrorsThrough(e)));
    }
  }

  private void finishRule() {
    if (fields == null) {
      return;
    }
    String name = fields.get("rule");
    String location = fileName + ":" + ruleLine;
    if (name.isEmpty() || !name.matches("[A-Za-z0-9_.-]+")) {
      throw ruleError(name, "the rule name must be letters, digits, '-', '_' or '.'");
    }
    String relation = required(name, "relation");
    double confidence = confidence(name, required(name, "confidence"));
    String tokens = fields.get("tokens");
    String semgrex = fields.get("semgrex");
    if ((tokens == null) == (semgrex == null)) {
      throw ruleError(name, "give exactly one of 'tokens:' and 'semgrex:'");
    }
    rules.add(
        tokens != null
            ? new PatternRule(
                name, location, relation, confidence, compileTokens(name, tokens), null)
            : new PatternRule(
                name, location, relation, confidence, null, compileSemgrex(name, semgrex)));
    fields = null;
    lastField = null;
  }

  private String required(String name, String field) {
    String value = fields.get(field);
    if (value == null || value.isEmpty()) {
      throw ruleError(name, "missing '" + field + ":'");
    }
    return value;
  }

  private double confidence(String name, String text) {
    try {
      double value = Double.parseDouble(text);
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ruleError(name, "confidence must be a number from 0 to 1; got '" + text + "'");
  }

  private TokenSequencePattern compileTokens(String name, String pattern) {
    if (!SUBJ_GROUP.matcher(pattern).find() || !OBJ_GROUP.matcher(pattern).find()) {
      throw ruleError(name, "a tokens pattern needs the groups (?$subj ...) and (?$obj ...)");
    }
    try {
      return TokenSequencePattern.compile(env, pattern);
    } catch (RuntimeException | Error e) {
      throw ruleError(name, "invalid TokensRegex: " + message(vmErrorsThrough(e)));
    }
  }

  /**
   * The problem itself, unless the JVM is failing: CoreNLP's generated pattern parsers report some
   * mistakes in a pattern (an unknown variable such as {@code $obj2}) as a plain {@link Error}.
   */
  private static Throwable vmErrorsThrough(Throwable problem) {
    if (problem instanceof VirtualMachineError vmError) {
      throw vmError;
    }
    return problem;
  }

  private SemgrexPattern compileSemgrex(String name, String pattern) {
    if (!SUBJ_NODE.matcher(pattern).find() || !OBJ_NODE.matcher(pattern).find()) {
      throw ruleError(name, "a semgrex pattern needs the named nodes =subj and =obj");
    }
    try {
      return SemgrexPattern.compile(pattern);
    } catch (RuntimeException | Error e) {
      throw ruleError(name, "invalid Semgrex: " + message(vmErrorsThrough(e)));
    }
  }

  private static String message(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      String causeMessage = cause.getMessage();
      if (causeMessage != null && !text.toString().contains(causeMessage)) {
        text.append(": ").append(causeMessage);
      }
    }
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private IllegalArgumentException ruleError(String name, String problem) {
    return new IllegalArgumentException(
        "Pattern rule file " + fileName + ":" + ruleLine + ", rule '" + name + "': " + problem);
  }

  private IllegalArgumentException error(int line, String problem) {
    return new IllegalArgumentException(
        "Pattern rule file " + fileName + ":" + line + ": " + problem);
  }
}
