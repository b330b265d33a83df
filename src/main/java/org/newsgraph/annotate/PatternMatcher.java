package org.newsgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the project's pattern rules (resource files) over an annotated document and proposes
 * relation candidates. Cheap: it works from the records, so it runs on every build even when the
 * CoreNLP annotations come from the cache.
 *
 * <p>Rules are TokensRegex patterns (groups {@code $subj}, {@code $obj}: the candidate spans are
 * the groups' tokens) or Semgrex patterns over the enhanced++ dependencies (nodes {@code subj},
 * {@code obj}: each is widened to the NER mention containing it, or else to the node with its
 * {@code compound}, {@code flat} and {@code amod} dependents). See docs/patterns.md for the rule
 * file format.
 *
 * <p>Immutable once loaded; {@link #match} and {@link #apply} may be called from several threads.
 */
public final class PatternMatcher {

  /** Classpath folder of the default rule files. */
  static final String RULES_FOLDER = "/org/newsgraph/annotate/rules/";

  /** Lists the default rule files, one name per line, loaded in that order. */
  static final String RULES_INDEX = RULES_FOLDER + "index.txt";

  private static final Set<String> WIDENING_RELATIONS = Set.of("compound", "flat", "amod");

  private final List<PatternRule> rules;
  private final OfficeNouns officeNouns = OfficeNouns.loadDefault();

  private PatternMatcher(List<PatternRule> rules) {
    this.rules = List.copyOf(rules);
    Map<String, String> seen = new HashMap<>();
    for (PatternRule rule : this.rules) {
      String earlier = seen.putIfAbsent(rule.name(), rule.location());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "Pattern rule '"
                + rule.name()
                + "' is defined twice: at "
                + earlier
                + " and at "
                + rule.location()
                + "; rename one of them");
      }
    }
  }

  /**
   * Loads the rule files listed in the classpath resource {@code
   * org/newsgraph/annotate/rules/index.txt}.
   *
   * @throws IllegalArgumentException naming file and rule when a rule is invalid
   */
  public static PatternMatcher loadDefault() {
    List<PatternRule> rules = new ArrayList<>();
    for (String line : RuleFile.lines(RULES_INDEX)) {
      String fileName = line.strip();
      rules.addAll(PatternRuleParser.parse(fileName, readResource(RULES_FOLDER + fileName)));
    }
    return new PatternMatcher(rules);
  }

  /**
   * Loads rule files from disk, in the order given.
   *
   * @throws IllegalArgumentException naming file and rule when a rule is invalid
   * @throws UncheckedIOException when a file cannot be read
   */
  public static PatternMatcher fromFiles(List<Path> files) {
    List<PatternRule> rules = new ArrayList<>();
    for (Path file : files) {
      try {
        rules.addAll(
            PatternRuleParser.parse(
                file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read pattern rule file " + file, e);
      }
    }
    return new PatternMatcher(rules);
  }

  /**
   * Parses rules from text, as if read from a file called {@code fileName}.
   *
   * @throws IllegalArgumentException naming file and rule when a rule is invalid
   */
  public static PatternMatcher fromText(String fileName, String rulesText) {
    return new PatternMatcher(PatternRuleParser.parse(fileName, rulesText));
  }

  /** A rule file's text, read with the one reader of every stage's rule files. */
  private static String readResource(String name) {
    return String.join("\n", RuleFile.rawLines(name)) + "\n";
  }

  /** The names of the loaded rules, in the order they run. */
  public List<String> ruleNames() {
    return rules.stream().map(PatternRule::name).toList();
  }

  /** Returns the document with the pattern candidates added to its KBP candidates. */
  public AnnotatedDocument apply(AnnotatedDocument document) {
    return withMatches(document, match(document));
  }

  /**
   * The document with the candidates of an earlier {@link #match} of it (a cache) after its own, as
   * {@link #apply} gives it.
   */
  public static AnnotatedDocument withMatches(
      AnnotatedDocument document, List<RelationCandidate> matches) {
    List<RelationCandidate> candidates = new ArrayList<>(document.candidates());
    candidates.addAll(matches);
    return document.withCandidates(candidates);
  }

  /** The candidates the rules propose for one document, by sentence and then rule order. */
  public List<RelationCandidate> match(AnnotatedDocument document) {
    String text = document.document().text();
    Set<RelationCandidate> candidates = new LinkedHashSet<>();
    for (Sentence annotated : document.sentences()) {
      Sentence sentence = officeNouns.retag(text, annotated);
      RebuiltSentence rebuilt = new RebuiltSentence(text, sentence);
      List<Mention> mentions =
          document.mentions().stream().filter(m -> m.sentence() == sentence.index()).toList();
      for (PatternRule rule : rules) {
        if (rule.tokens() != null) {
          matchTokens(rule, text, sentence, rebuilt, candidates);
        } else if (!sentence.dependencies().isEmpty()) {
          matchSemgrex(rule, text, sentence, rebuilt, mentions, candidates);
        }
      }
    }
    return List.copyOf(candidates);
  }

  private static void matchTokens(
      PatternRule rule,
      String text,
      Sentence sentence,
      RebuiltSentence rebuilt,
      Set<RelationCandidate> out) {
    TokenSequenceMatcher matcher = rule.tokens().getMatcher(rebuilt.tokens());
    int from = 0;
    while (from < rebuilt.tokens().size() && matcher.find(from)) {
      int subjBegin = matcher.start("$subj");
      int objBegin = matcher.start("$obj");
      // The next search starts at the object when it follows the subject, so that a chain gives
      // every link: in "Lyon, a town in Norby, a region of Freedonia" Norby is the object of one
      // match and the subject of the next.
      from = Math.max(matcher.start() + 1, objBegin > subjBegin ? objBegin : matcher.end());
      if (subjBegin < 0 || objBegin < 0) {
        continue;
      }
      add(
          rule,
          sentence,
          span(text, sentence, subjBegin, matcher.end("$subj")),
          span(text, sentence, objBegin, matcher.end("$obj")),
          out);
    }
  }

  private static void matchSemgrex(
      PatternRule rule,
      String text,
      Sentence sentence,
      RebuiltSentence rebuilt,
      List<Mention> mentions,
      Set<RelationCandidate> out) {
    SemgrexMatcher matcher = rule.semgrex().matcher(rebuilt.graph());
    while (matcher.find()) {
      IndexedWord subj = matcher.getNode("subj");
      IndexedWord obj = matcher.getNode("obj");
      if (subj == null || obj == null) {
        continue;
      }
      add(
          rule,
          sentence,
          widen(text, sentence, rebuilt.graph(), mentions, subj),
          widen(text, sentence, rebuilt.graph(), mentions, obj),
          out);
    }
  }

  private static void add(
      PatternRule rule,
      Sentence sentence,
      TextSpan subject,
      TextSpan object,
      Set<RelationCandidate> out) {
    boolean overlap = subject.begin() < object.end() && object.begin() < subject.end();
    if (!overlap) {
      out.add(
          new RelationCandidate(
              sentence.index(),
              subject,
              rule.relation(),
              object,
              rule.extractor(),
              rule.confidence()));
    }
  }

  /**
   * The mention containing the node, else the node with its compound/flat/amod dependents; a title
   * node is widened to the whole run of title tokens around it when that run covers more (an office
   * tagged before the rules ran, "head of education", has no mention of its own).
   */
  private static TextSpan widen(
      String text,
      Sentence sentence,
      SemanticGraph graph,
      List<Mention> mentions,
      IndexedWord node) {
    TextSpan widened = mentionOrModifiers(text, sentence, graph, mentions, node);
    int index = node.index() - 1;
    List<Token> tokens = sentence.tokens();
    if (tokens.get(index).ner() != NerTag.TITLE) {
      return widened;
    }
    int begin = index;
    while (begin > 0 && tokens.get(begin - 1).ner() == NerTag.TITLE) {
      begin--;
    }
    int end = index + 1;
    while (end < tokens.size() && tokens.get(end).ner() == NerTag.TITLE) {
      end++;
    }
    TextSpan run = span(text, sentence, begin, end);
    boolean covers = run.begin() <= widened.begin() && widened.end() <= run.end();
    return covers ? run : widened;
  }

  private static TextSpan mentionOrModifiers(
      String text,
      Sentence sentence,
      SemanticGraph graph,
      List<Mention> mentions,
      IndexedWord node) {
    int index = node.index() - 1;
    for (Mention mention : mentions) {
      if (mention.tokenBegin() <= index && index < mention.tokenEnd()) {
        return mention.span();
      }
    }
    TreeSet<Integer> indices = new TreeSet<>();
    collectModifiers(graph, node, indices);
    return span(text, sentence, indices.first(), indices.last() + 1);
  }

  private static void collectModifiers(SemanticGraph graph, IndexedWord node, Set<Integer> out) {
    if (!out.add(node.index() - 1)) {
      return;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      String relation = edge.getRelation().toString();
      if (WIDENING_RELATIONS.contains(relation) || relation.startsWith("flat:")) {
        collectModifiers(graph, edge.getDependent(), out);
      }
    }
  }

  private static TextSpan span(String text, Sentence sentence, int tokenBegin, int tokenEnd) {
    int begin = sentence.tokens().get(tokenBegin).begin();
    int end = sentence.tokens().get(tokenEnd - 1).end();
    return new TextSpan(begin, end, text.substring(begin, end));
  }
}
