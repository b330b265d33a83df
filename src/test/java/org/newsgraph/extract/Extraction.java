package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedCorpus;

/** Runs the default pattern rules, the resolver and the extractor over hand-made documents. */
final class Extraction {

  private static final PatternMatcher RULES = PatternMatcher.loadDefault();
  private static final EntityResolver RESOLVER = new EntityResolver();
  private static final FactExtractor EXTRACTOR = new FactExtractor();

  private Extraction() {}

  /** The facts of the documents, after the default pattern rules ran over them. */
  static List<Fact> facts(AnnotatedDocument... documents) {
    return facts(EXTRACTOR, documents);
  }

  /** The facts this extractor finds in the documents, after the default pattern rules. */
  static List<Fact> facts(FactExtractor extractor, AnnotatedDocument... documents) {
    List<AnnotatedDocument> matched = List.of(documents).stream().map(RULES::apply).toList();
    ResolvedCorpus corpus = RESOLVER.resolve(matched);
    return extractor.extract(matched, corpus);
  }

  /** Facts as "subject relation object MODALITY" lines, sorted. */
  static Set<String> describe(List<Fact> facts) {
    Set<String> lines = new TreeSet<>();
    for (Fact fact : facts) {
      lines.add(
          fact.subjectId()
              + " "
              + fact.relation().localName()
              + " "
              + fact.object()
              + " "
              + fact.modality());
    }
    return lines;
  }

  /** The described facts that are asserted, without the modality. */
  static Set<String> asserted(AnnotatedDocument... documents) {
    return asserted(EXTRACTOR, documents);
  }

  /** The described facts this extractor asserts, without the modality. */
  static Set<String> asserted(FactExtractor extractor, AnnotatedDocument... documents) {
    Set<String> lines = new TreeSet<>();
    for (String line : describe(facts(extractor, documents))) {
      if (line.endsWith(" ASSERTED")) {
        lines.add(line.substring(0, line.length() - " ASSERTED".length()));
      }
    }
    return lines;
  }
}
