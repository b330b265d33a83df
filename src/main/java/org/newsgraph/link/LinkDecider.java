package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Initials;

/**
 * Picks an entity's article from the dictionary candidates of its names. Each name votes for each
 * acceptable candidate ({@link TitleRules}) that it is evidence for ({@link NameEvidence}) with the
 * candidate's probability; an acronym votes only for a title its entity's other names fit ("AES" of
 * the "Alliance of Sahel States" does not vote for "Advanced_Encryption_Standard"). The article
 * with the largest sum wins if the names that agree on it are together probable enough ({@code 1 -
 * prod(1 - p) >= minScore}) and its sum leads the next article's by at least {@code minMargin};
 * otherwise the entity gets no link. A place (neither a country nor a city) whose article title is
 * one of its names followed by more words ("Caspian", "Caspian_Sea") needs only {@code
 * minScoreFullName}: the short name is a usual shortening of the title, and the type rules out the
 * other things the name may mean.
 */
final class LinkDecider {

  /** The candidates found for one name of an entity. */
  record NameCandidates(String name, List<LinkCandidate> candidates) {
    NameCandidates {
      candidates = List.copyOf(candidates);
    }
  }

  private final LinkSettings settings;
  private final TitleRules rules;
  private final NameEvidence evidence;

  LinkDecider(LinkSettings settings, TitleRules rules) {
    this.settings = settings;
    this.rules = rules;
    this.evidence = new NameEvidence(rules.lowercaseWords());
  }

  /**
   * @param type the entity's type
   * @param names the entity's names that the dictionary knows, with their candidates
   * @param allNames every usable name of the entity, known to the dictionary or not
   */
  LinkDecision decide(EntityType type, List<NameCandidates> names, List<String> allNames) {
    List<String> longNames = allNames.stream().filter(n -> !Initials.isAcronym(n)).toList();
    Map<String, List<Double>> votes = new LinkedHashMap<>();
    for (NameCandidates name : names) {
      for (LinkCandidate c : name.candidates()) {
        boolean supported =
            rules.acceptable(type, c.title())
                && evidence.supports(type, name.name(), c.title())
                && (!Initials.isAcronym(name.name())
                    || evidence.acronymTitleFits(type, name.name(), c.title(), longNames));
        if (supported) {
          votes.computeIfAbsent(c.title(), t -> new ArrayList<>()).add(c.score());
        }
      }
    }
    if (votes.isEmpty()) {
      return LinkDecision.none("no acceptable candidate");
    }
    List<String> ranked = new ArrayList<>(votes.keySet());
    ranked.sort(
        Comparator.comparingDouble((String t) -> sum(votes.get(t)))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    String best = ranked.get(0);
    double lead = sum(votes.get(best)) - (ranked.size() > 1 ? sum(votes.get(ranked.get(1))) : 0);
    double probability = combined(votes.get(best));
    if (probability < minScore(type, names, best)) {
      return LinkDecision.none(describe("too doubtful", best, probability, lead));
    }
    if (lead < settings.minMargin()) {
      return LinkDecision.none(
          describe("ambiguous with " + ranked.get(1), best, probability, lead));
    }
    return LinkDecision.link(best, describe("linked", best, probability, lead));
  }

  private double minScore(EntityType type, List<NameCandidates> names, String title) {
    if (type == EntityType.PLACE) {
      for (NameCandidates name : names) {
        if (NameEvidence.isFullNameOf(name.name(), title)) {
          return Math.min(settings.minScore(), settings.minScoreFullName());
        }
      }
    }
    return settings.minScore();
  }

  private static double sum(List<Double> scores) {
    return scores.stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The probability that at least one of the agreeing names is right: 1 - prod(1 - p). */
  private static double combined(List<Double> scores) {
    double none = 1.0;
    for (double p : scores) {
      none *= 1.0 - Math.min(1.0, Math.max(0.0, p));
    }
    return 1.0 - none;
  }

  private static String describe(String what, String title, double probability, double lead) {
    return String.format(Locale.ROOT, "%s: %s (p=%.3f, lead=%.3f)", what, title, probability, lead);
  }
}
