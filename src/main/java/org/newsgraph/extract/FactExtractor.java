package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.ResolvedCorpus;

/**
 * Turns relation candidates over resolved entities into facts with evidence and modality.
 *
 * <p>Steps: read every KBP and pattern candidate as an observation about resolved entities ({@link
 * CandidateReader}: span to entity, type signature, slot checks, modality); run the fact rules in
 * order, each taking the observations so far and returning the next ({@link FactRule}, {@link
 * #defaultRules}); combine observations into facts with a noisy-or confidence ({@link
 * FactAggregator}). What the rules share (the documents sorted by id, the mention index, the
 * documents' texts, the dateline countries) is built once per call ({@link ExtractionContext}). See
 * docs/resolution-and-extraction.md.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class FactExtractor {

  private final SlotMapping mapping;
  private final ModalityDetector modality;
  private final Capitals capitals;
  private final List<FactRule> rules;
  private final Antecedents.Mode antecedentMode;

  /** An extractor using the bundled rule files and the {@link #defaultRules}. */
  public FactExtractor() {
    this(defaultRules());
  }

  /**
   * An extractor using the bundled rule files and the {@link #defaultRules}, followed by the
   * learned relation classifier when the settings turn it on or ask for a candidate dump ({@link
   * LearnedRelations}).
   */
  public FactExtractor(LearnedSettings learned) {
    this(withLearned(defaultRules(), learned));
  }

  private static List<FactRule> withLearned(List<FactRule> rules, LearnedSettings learned) {
    if (!learned.enabled() && learned.dump().isEmpty()) {
      return rules;
    }
    List<FactRule> all = new ArrayList<>(rules);
    all.add(
        new LearnedRelations(learned.loadModel(), ModalityDetector.loadDefault(), learned.dump()));
    return all;
  }

  /** An extractor using the bundled rule files and these fact rules, run in this order. */
  FactExtractor(List<FactRule> rules) {
    this(rules, Antecedents.DEFAULT_MODE);
  }

  /**
   * An extractor using the bundled rule files, these fact rules and this way of resolving pronouns
   * and descriptions.
   */
  FactExtractor(List<FactRule> rules, Antecedents.Mode antecedentMode) {
    this.mapping = SlotMapping.loadDefault();
    this.modality = ModalityDetector.loadDefault();
    this.capitals = Capitals.loadDefault();
    this.rules = List.copyOf(rules);
    this.antecedentMode = antecedentMode;
  }

  /**
   * The fact rules in the order they run: drop titles cut off from a longer title of the same
   * sentence; give national offices the dateline's country, or the country the text is about; give
   * company offices stated without their company the company the text is about, and offices of an
   * organisation stated without it the organisation the text is about when it is of a kind that has
   * that office; infer leaders from leading titles, facts from the structure of names, and
   * ministers' ministries; give a predecessor or successor the office the other holds.
   */
  static List<FactRule> defaultRules() {
    return List.of(
        new TruncatedTitles(),
        DatelineCountry.loadDefault(),
        DocumentCountry.loadDefault(),
        CompanyOfficers.loadDefault(),
        SubjectOffices.loadDefault(),
        LeaderRule.loadDefault(),
        new NameRules(),
        new MinistryRule(),
        new Successions());
  }

  /** The fact rules this extractor runs, in order. */
  List<FactRule> rules() {
    return rules;
  }

  /** Extracts every fact the documents state about the corpus's entities, sorted. */
  public List<Fact> extract(List<AnnotatedDocument> documents, ResolvedCorpus corpus) {
    ExtractionContext context = ExtractionContext.of(documents, new MentionIndex(corpus), capitals);
    List<Observation> observations = read(context);
    for (FactRule rule : rules) {
      observations = rule.apply(observations, context);
    }
    return FactAggregator.combine(observations);
  }

  /** The observations of every candidate, document by document in id order. */
  private List<Observation> read(ExtractionContext context) {
    MentionIndex index = context.index();
    CandidateReader reader =
        new CandidateReader(mapping, modality, index, new Antecedents(index, antecedentMode));
    List<Observation> observations = new ArrayList<>();
    for (AnnotatedDocument document : context.documents()) {
      for (RelationCandidate candidate : document.candidates()) {
        observations.addAll(reader.read(document, candidate));
      }
    }
    return List.copyOf(observations);
  }
}
