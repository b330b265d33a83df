package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * employer(person, company) for a company office stated without its company ("Jane Doe, Chief
 * Financial Officer, said", "Chief Executive John Roe said the company would ...") in a text about
 * one company ({@link DocumentSubject}, its name ending in a legal form): the office is in that
 * company. Only offices that exist in companies alone ({@code company-officer-titles.txt}), only
 * when the sentence names no other organisation and the document gives the person no other
 * organisation as employer (a past employer read from a career, rules {@code career-*}: "she joined
 * Acme from Bolt", "he previously worked at Bolt", does not count). Confidence: {@value #FACTOR}
 * times the title's. Runs before {@link LeaderRule}, which then makes a chief executive the
 * company's leader.
 */
final class CompanyOfficers implements FactRule {

  static final double FACTOR = 0.8;
  static final String EXTRACTOR = "rule:company-officer";

  /**
   * The extractor prefix of the pattern rules that read a career: past employers ("she joined Acme
   * from Bolt") and seats among several ("a governor of the Fund"), employment that heads nothing.
   */
  static final String CAREER = "pattern:career-";

  private final Set<String> titles;

  private CompanyOfficers(Set<String> titles) {
    this.titles = Set.copyOf(titles);
  }

  static CompanyOfficers loadDefault() {
    return new CompanyOfficers(
        new HashSet<>(RuleFile.lines("org/newsgraph/extract/company-officer-titles.txt")));
  }

  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(observations, context.index()));
  }

  private List<Observation> infer(List<Observation> observations, MentionIndex index) {
    return employersFromSubject(
        observations,
        index,
        (title, company) -> titles.contains(title) && DocumentSubject.isCompany(company),
        EXTRACTOR,
        FACTOR);
  }

  /**
   * employer(holder, subject) for each asserted title whose office {@code accepts} places in the
   * document's subject ({@link DocumentSubject}), unless the document gives the holder another
   * employer or the title's sentence names another organisation; the rules of this class and of
   * {@link SubjectOffices}.
   */
  static List<Observation> employersFromSubject(
      List<Observation> observations,
      MentionIndex index,
      BiPredicate<String, Entity> accepts,
      String extractor,
      double factor) {
    DocumentSubject subjects = new DocumentSubject(index);
    List<Observation> inferred = new ArrayList<>();
    for (Observation title : observations) {
      if (title.relation() != Relation.TITLE || title.modality() != Modality.ASSERTED) {
        continue;
      }
      String docId = title.evidence().docId();
      Optional<Entity> subject = subjects.of(docId);
      if (subject.isEmpty()
          || !accepts.test(title.object(), subject.get())
          || hasOtherEmployer(observations, title.subjectId(), docId, subject.get(), index)
          || namesOtherOrganization(index, docId, title.evidence().sentence(), subject.get())) {
        continue;
      }
      inferred.add(
          new Observation(
              title.subjectId(),
              Relation.EMPLOYER,
              subject.get().id(),
              Modality.ASSERTED,
              title.evidence().by(extractor, factor * title.evidence().confidence())));
    }
    return inferred;
  }

  /** Whether the document gives the person an organisation other than the company as employer. */
  static boolean hasOtherEmployer(
      List<Observation> observations,
      String person,
      String docId,
      Entity company,
      MentionIndex index) {
    return observations.stream()
        .anyMatch(
            o ->
                o.relation() == Relation.EMPLOYER
                    && o.subjectId().equals(person)
                    && o.evidence().docId().equals(docId)
                    && !o.evidence().extractor().startsWith(CAREER)
                    && !o.object().equals(company.id())
                    && index
                        .entity(o.object())
                        .map(e -> e.type() == EntityType.ORGANIZATION)
                        .orElse(false));
  }

  /** Whether the sentence mentions an organisation other than the company. */
  static boolean namesOtherOrganization(
      MentionIndex index, String docId, int sentence, Entity company) {
    for (ResolvedMention mention : index.mentions(docId)) {
      if (mention.sentence() != sentence || mention.entityId().equals(company.id())) {
        continue;
      }
      boolean organization =
          index
              .entity(mention.entityId())
              .map(e -> e.type() == EntityType.ORGANIZATION)
              .orElse(false);
      if (organization) {
        return true;
      }
    }
    return false;
  }
}
