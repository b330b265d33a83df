package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;

/**
 * Joins mentions that touch into one name: a country or nationality directly before an organisation
 * name is part of it ("Norway" + "Coast Guard"), unless the organisation starts with an acronym;
 * place mentions that touch are one place ("Czech" + "Republic"), and so are a nationality word and
 * a kind of geographic feature of {@value #GEOGRAPHIC_FEATURES} right after it ("Indian" +
 * "Ocean").
 */
final class TouchingMentionMerger implements MentionRepair {

  static final String GEOGRAPHIC_FEATURES = "org/newsgraph/resolve/geographic-features.txt";

  private final Set<String> geographicFeatures;

  /** A merger with the features of {@value #GEOGRAPHIC_FEATURES}. */
  TouchingMentionMerger() {
    this.geographicFeatures = Set.copyOf(RuleFile.lines(GEOGRAPHIC_FEATURES));
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      NameMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      NerTag merged = previous == null ? null : mergedType(view, previous, mention);
      if (merged != null) {
        out.set(
            out.size() - 1,
            view.mention(
                view.sentence(previous.sentence()),
                previous.tokenBegin(),
                mention.tokenEnd(),
                merged,
                NameMention.Origin.REPAIRED));
      } else {
        out.add(mention);
      }
    }
    return out;
  }

  /** The type of the merged mention when two touching mentions are one name, else null. */
  private NerTag mergedType(DocumentView view, NameMention first, NameMention second) {
    if (first.sentence() != second.sentence() || first.tokenEnd() != second.tokenBegin()) {
      return null;
    }
    boolean nation = first.ner() == NerTag.COUNTRY || first.ner() == NerTag.NATIONALITY;
    if (nation && second.ner() == NerTag.ORGANIZATION) {
      String head = view.tokenText(view.sentence(second.sentence()), second.tokenBegin());
      return Initials.isAcronym(head) ? null : NerTag.ORGANIZATION;
    }
    if (first.ner().isPlace() && second.ner().isPlace()) {
      return NerTag.LOCATION;
    }
    boolean feature =
        second.tokenEnd() - second.tokenBegin() == 1
            && geographicFeatures.contains(lower(second.text()));
    if (first.ner() == NerTag.NATIONALITY && second.ner().isPlace() && feature) {
      return NerTag.LOCATION;
    }
    return null;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
