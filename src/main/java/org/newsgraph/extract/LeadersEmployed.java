package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;

/**
 * employer(person, organisation) for each asserted leader(organisation, person) a pattern states
 * ("the centre will be led by Jane Doe", "John Roe, who has led the federation since 2013"):
 * whoever heads an organisation or a country works for it. Leaders that {@link LeaderRule} inferred
 * from a title and an employer already have that employer and are skipped, as are pairs the
 * document already gives an employer observation. Confidence: {@value #FACTOR} times the leader's.
 * Runs after {@link LeaderRule}.
 */
final class LeadersEmployed implements FactRule {

  static final double FACTOR = 0.9;
  static final String EXTRACTOR = "rule:leader-employed";

  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(observations, context.index()));
  }

  private static List<Observation> infer(List<Observation> observations, MentionIndex index) {
    Set<String> employed = new HashSet<>();
    Set<String> employedInSentence = new HashSet<>();
    for (Observation employer : observations) {
      if (employer.relation() == Relation.EMPLOYER && employer.modality() == Modality.ASSERTED) {
        employed.add(
            employer.evidence().docId() + '\t' + employer.subjectId() + '\t' + employer.object());
        employedInSentence.add(sentenceKey(employer, employer.subjectId()));
      }
    }
    List<Observation> inferred = new ArrayList<>();
    for (Observation leader : observations) {
      if (leader.relation() != Relation.LEADER
          || leader.modality() != Modality.ASSERTED
          || leader.evidence().extractor().equals("rule:leader")) {
        continue;
      }
      String key = leader.evidence().docId() + '\t' + leader.object() + '\t' + leader.subjectId();
      Entity organization = index.entity(leader.subjectId()).orElse(null);
      boolean employs =
          organization != null
              && (organization.type() == EntityType.ORGANIZATION
                  || organization.type() == EntityType.COUNTRY);
      boolean employedElsewhere = employedInSentence.contains(sentenceKey(leader, leader.object()));
      if (employs && !employedElsewhere && employed.add(key)) {
        inferred.add(
            new Observation(
                leader.object(),
                Relation.EMPLOYER,
                leader.subjectId(),
                Modality.ASSERTED,
                leader.evidence().by(EXTRACTOR, FACTOR * leader.evidence().confidence())));
      }
    }
    return inferred;
  }

  /** The person and the sentence an observation is stated in, as one key. */
  private static String sentenceKey(Observation observation, String person) {
    return person
        + '\t'
        + observation.evidence().docId()
        + '\t'
        + observation.evidence().sentence();
  }
}
