package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NameKey;

/**
 * leader(employer, person) when one sentence gives a person both a leading title ({@code
 * leader-titles.txt}: president, prime minister, secretary general, chief of...) and an employer of
 * the kind that title heads: "UN Secretary General X" heads the UN, "U.S. President X" heads the
 * United States, but "Defense Minister X" heads no country. A country read by KBP alone is not
 * enough ("X, a Freedonian diplomat, is president of the Commission" does not make X the president
 * of Freedonia); the patterns that tie a title to its country are. A secretary general heads an
 * organisation only when the document names no president or chair of it: "The confederation's
 * secretary general, X" runs the secretariat of a federation that its elected president leads. An
 * employer read from a career ({@code career-*} rules: "she previously worked for Acme") is a past
 * one and heads nothing with the office the sentence names.
 */
final class LeaderRule implements FactRule {

  /** Titles of an executive who heads an organisation only when it has no presiding officer. */
  static final Set<String> EXECUTIVE_SECRETARIES = Set.of("secretary general", "secretary-general");

  /** Titles of a presiding officer elected to head an organisation. */
  static final Set<String> PRESIDING =
      Set.of("president", "chairman", "chairwoman", "chairperson", "chair");

  /** Confidence factor on the weaker of the two observations combined. */
  static final double FACTOR = 0.9;

  private final Map<String, Set<EntityType>> titles;
  private final Set<String> deputyWords;

  private LeaderRule(Map<String, Set<EntityType>> titles, Set<String> deputyWords) {
    this.titles = Map.copyOf(titles);
    this.deputyWords = Set.copyOf(deputyWords);
  }

  static LeaderRule loadDefault() {
    Map<String, Set<EntityType>> titles = new HashMap<>();
    Set<String> deputyWords = new HashSet<>();
    for (String line : RuleFile.lines("org/newsgraph/extract/leader-titles.txt")) {
      if (line.startsWith("!")) {
        deputyWords.add(line.substring(1).strip());
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException(
            "leader-titles.txt: expected 'title<TAB>COUNTRY,ORGANIZATION', got '" + line + "'");
      }
      Set<EntityType> kinds = EnumSet.noneOf(EntityType.class);
      for (String kind : columns[1].split(",")) {
        kinds.add(EntityType.valueOf(kind.strip()));
      }
      titles.put(columns[0].strip(), kinds);
    }
    return new LeaderRule(titles, deputyWords);
  }

  /**
   * Whether a title (lower case) makes its holder the head of this employer: a title listed whole
   * heads what it lists ("vice-chancellor" heads a university), else its deputy words rule it out.
   */
  boolean heads(String title, Entity employer) {
    Set<EntityType> listed = titles.get(title);
    if (listed != null) {
      return listed.contains(employer.type());
    }
    for (String word : title.split("[\\s-]+")) {
      if (deputyWords.contains(word)) {
        return false;
      }
    }
    for (Map.Entry<String, Set<EntityType>> entry : titles.entrySet()) {
      String leading = entry.getKey();
      boolean matches =
          title.equals(leading)
              || (title.endsWith(" " + leading)
                  && namesWords(employer, title.substring(0, title.length() - leading.length())))
              || (title.startsWith(leading + " of ")
                  && namesLastOf(employer, title.substring(leading.length() + " of ".length())));
      if (matches && entry.getValue().contains(employer.type())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word before a leading title is a word of the employer's name: "army chief" heads
   * the Freedonian Army, "foreign policy chief" heads no union.
   */
  private static boolean namesWords(Entity employer, String prefix) {
    List<String> words = List.of(NameKey.of(prefix).split(" "));
    return EntityNames.keys(employer).stream()
        .anyMatch(name -> List.of(name.split(" ")).containsAll(words));
  }

  /**
   * Whether the words after "chief of" name the employer, whole or after their last "of": "chief of
   * the general staff of the Freedonian Armed Forces" heads the armed forces.
   */
  private static boolean namesLastOf(Entity employer, String words) {
    int of = words.lastIndexOf(" of ");
    return names(employer, words) || (of >= 0 && names(employer, words.substring(of + 4)));
  }

  /** Whether the words name the employer (its label or an alias, "the" aside). */
  private static boolean names(Entity employer, String words) {
    return EntityNames.keys(employer).contains(NameKey.of(words));
  }

  /**
   * The observations and the leader observations implied by title and employer observations of the
   * same sentence.
   */
  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(observations, context.index()));
  }

  private List<Observation> infer(List<Observation> observations, MentionIndex index) {
    Map<String, List<Observation>> employersBySentence = new HashMap<>();
    for (Observation employer : observations) {
      if (employer.relation() == Relation.EMPLOYER
          && employer.modality() == Modality.ASSERTED
          && !employer.evidence().extractor().startsWith(CompanyOfficers.CAREER)) {
        employersBySentence
            .computeIfAbsent(sentenceKey(employer), k -> new ArrayList<>())
            .add(employer);
      }
    }
    List<Observation> inferred = new ArrayList<>();
    Set<String> presided = presided(observations);
    Set<String> its = itsTitles(observations);
    for (Observation title : observations) {
      if (title.relation() != Relation.TITLE || title.modality() != Modality.ASSERTED) {
        continue;
      }
      List<Observation> employers = employersBySentence.getOrDefault(sentenceKey(title), List.of());
      boolean ofIts = its.contains(sentenceKey(title) + '\t' + title.object());
      for (Observation employer : pairable(title, employers, ofIts)) {
        Entity organization = index.entity(employer.object()).orElseThrow();
        boolean kbpCountry =
            organization.type() == EntityType.COUNTRY
                && employer.evidence().extractor().equals("kbp");
        boolean secondToPresident =
            EXECUTIVE_SECRETARIES.contains(title.object())
                && presided.contains(title.evidence().docId() + "|" + organization.id());
        if (!kbpCountry && !secondToPresident && heads(title.object(), organization)) {
          double confidence =
              FACTOR * Math.min(title.evidence().confidence(), employer.evidence().confidence());
          inferred.add(
              new Observation(
                  organization.id(),
                  Relation.LEADER,
                  title.subjectId(),
                  Modality.ASSERTED,
                  title.evidence().by("rule:leader", confidence)));
        }
      }
    }
    return inferred;
  }

  /**
   * The employers of a sentence a title may be paired with. A title a rule read of "its" ({@code
   * its-title-copula}: "Its managing director will be Jane Doe, currently Acme's head of
   * operations"), by whatever extractor it is also read, is the office of the organisation "its"
   * stands for: it pairs only with an employer an "its" rule read ({@code
   * its-title-copula-employer}), never with another organisation of the sentence. Other titles pair
   * with every employer of the sentence when it gives the person one; when it gives several, with
   * those the title's companion rule read, if any.
   *
   * @param ofIts whether a rule read this title of "its" in this sentence
   */
  static List<Observation> pairable(Observation title, List<Observation> employers, boolean ofIts) {
    if (ofIts) {
      return employers.stream()
          .filter(e -> e.evidence().extractor().startsWith(ITS_RULES))
          .toList();
    }
    String own = title.evidence().extractor() + "-employer";
    List<Observation> same =
        employers.stream().filter(e -> e.evidence().extractor().equals(own)).toList();
    long distinct = employers.stream().map(Observation::object).distinct().count();
    return distinct <= 1 || same.isEmpty() ? employers : same;
  }

  /** The titles rules read of "its", each as its sentence key and the title. */
  private static Set<String> itsTitles(List<Observation> observations) {
    Set<String> keys = new HashSet<>();
    for (Observation title : observations) {
      if (title.relation() == Relation.TITLE
          && title.evidence().extractor().startsWith(ITS_RULES)) {
        keys.add(sentenceKey(title) + '\t' + title.object());
      }
    }
    return keys;
  }

  /** The prefix of the pattern rules that read an office of "its" organisation. */
  static final String ITS_RULES = "pattern:its-";

  /**
   * "document|organisation" for each organisation a document gives a president or chair: a person
   * with such a title (asserted) and that organisation as employer (asserted, any sentence).
   */
  private static Set<String> presided(List<Observation> observations) {
    Set<String> presidents = new HashSet<>();
    for (Observation title : observations) {
      if (title.relation() == Relation.TITLE
          && title.modality() == Modality.ASSERTED
          && PRESIDING.contains(title.object())) {
        presidents.add(title.evidence().docId() + "|" + title.subjectId());
      }
    }
    Set<String> presided = new HashSet<>();
    for (Observation employer : observations) {
      if (employer.relation() == Relation.EMPLOYER
          && employer.modality() == Modality.ASSERTED
          && presidents.contains(employer.evidence().docId() + "|" + employer.subjectId())) {
        presided.add(employer.evidence().docId() + "|" + employer.object());
      }
    }
    return presided;
  }

  /** The subject and the sentence an observation is stated in, as one key. */
  private static String sentenceKey(Observation observation) {
    return observation.subjectId()
        + '\t'
        + observation.evidence().docId()
        + '\t'
        + observation.evidence().sentence();
  }
}
