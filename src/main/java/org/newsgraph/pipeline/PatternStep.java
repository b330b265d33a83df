package org.newsgraph.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.ingest.SourceDocument;

/**
 * Applies the TokensRegex/Semgrex pattern rules to each annotated document. The rules read one
 * document at a time, so a document matched by this step's previous run (same id, source and text:
 * a server adding documents one by one) is taken from that run. The rules load on first use.
 */
final class PatternStep implements PipelineStep {

  private PatternMatcher rules;
  private Map<SourceDocument, AnnotatedDocument> matchedBefore = Map.of();

  @Override
  public BuildStage stage() {
    return BuildStage.PATTERNS;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    PatternMatcher matcher = rulesLoaded();
    Map<SourceDocument, AnnotatedDocument> matched = new HashMap<>();
    for (AnnotatedDocument document : state.annotated()) {
      AnnotatedDocument before = matchedBefore.get(document.document());
      matched.put(document.document(), before != null ? before : matcher.apply(document));
    }
    matchedBefore = matched;
    List<AnnotatedDocument> result =
        state.annotated().stream().map(d -> matched.get(d.document())).toList();
    return state.withAnnotated(result);
  }

  private PatternMatcher rulesLoaded() {
    if (rules == null) {
      rules = PatternMatcher.loadDefault();
    }
    return rules;
  }
}
