package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedCorpus;

/**
 * Turns relation candidates over resolved entities into facts with evidence and modality.
 *
 * <p>Steps: read every KBP and pattern candidate as an observation about resolved entities ({@link
 * CandidateReader}: span to entity, type signature, slot checks, modality); drop titles cut off
 * from a longer title of the same sentence ({@link TruncatedTitles}); give national offices the
 * dateline's country ({@link DatelineCountry}); infer leader facts from leading titles ({@link
 * LeaderRule}), facts from the structure of names ({@link NameRules}) and ministers' ministries
 * ({@link MinistryRule}); combine observations into facts with a noisy-or confidence ({@link
 * FactAggregator}). See docs/resolution-and-extraction.md.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class FactExtractor {

  private final SlotMapping mapping;
  private final ModalityDetector modality;
  private final LeaderRule leaders;
  private final Capitals capitals;

  /** An extractor using the bundled rule files. */
  public FactExtractor() {
    this.mapping = SlotMapping.loadDefault();
    this.modality = ModalityDetector.loadDefault();
    this.leaders = LeaderRule.loadDefault();
    this.capitals = Capitals.loadDefault();
  }

  /** Extracts every fact the documents state about the corpus's entities, sorted. */
  public List<Fact> extract(List<AnnotatedDocument> documents, ResolvedCorpus corpus) {
    MentionIndex index = new MentionIndex(corpus);
    CandidateReader reader = new CandidateReader(mapping, modality, index, new Descriptions(index));
    List<AnnotatedDocument> sorted =
        documents.stream().sorted(Comparator.comparing(d -> d.document().id())).toList();
    List<Observation> observations = new ArrayList<>();
    for (AnnotatedDocument document : sorted) {
      for (RelationCandidate candidate : document.candidates()) {
        observations.addAll(reader.read(document, candidate));
      }
    }
    observations = TruncatedTitles.drop(observations);
    DatelineCountry dateline = new DatelineCountry(index, capitals);
    Map<String, Entity> datelineCountries = dateline.countries(sorted);
    observations.addAll(dateline.infer(datelineCountries, observations));
    observations.addAll(leaders.infer(observations, index));
    observations.addAll(new NameRules(index).infer(sorted, List.copyOf(observations)));
    Map<String, AnnotatedDocument> byId = new HashMap<>();
    sorted.forEach(d -> byId.put(d.document().id(), d));
    observations.addAll(
        new MinistryRule(index, id -> byId.get(id).document().text(), datelineCountries)
            .infer(observations));
    return FactAggregator.combine(observations);
  }
}
