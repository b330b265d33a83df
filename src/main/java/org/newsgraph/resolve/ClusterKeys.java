package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.RuleFile;

/**
 * The normal forms names are clustered by: {@link NameKey}s without what does not tell names apart
 * (a final kind of division such as "region" or "province", a company's legal form, a mission's
 * "Operation" and year, a person's middle initials and generational suffixes).
 */
final class ClusterKeys {

  private ClusterKeys() {}

  /** Company legal forms ignored at the end of a name ("Acme AG" = "Acme"), longest first. */
  private static final List<String> LEGAL_FORMS =
      RuleFile.lines("org/newsgraph/resolve/legal-forms.txt").stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /**
   * Kinds of place a name may end in or leave out ("Cabo Delgado Province" = "Cabo Delgado"), from
   * {@value PlacePhrases#KIND_WORDS}.
   */
  private static final List<String> PLACE_KIND_WORDS =
      PlacePhrases.kindWords().stream().map(word -> " " + word).toList();

  /** Generational suffixes ignored in person names ("John Roe Jr." = "John Roe"). */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * The normal form used for clustering: the name key without a final kind of division ("region",
   * "province", "department"...) or company legal form.
   */
  static String key(String text) {
    String key = missionKey(NameKey.of(text));
    for (String word : PLACE_KIND_WORDS) {
      if (key.endsWith(word)) {
        key = key.substring(0, key.length() - word.length());
        break;
      }
    }
    for (String form : LEGAL_FORMS) {
      if (key.endsWith(" " + form)) {
        return key.substring(0, key.length() - form.length() - 1);
      }
    }
    return key;
  }

  /** Whether the name ends in a company legal form ("Acme Tools S.A."). */
  static boolean hasLegalForm(String text) {
    String key = NameKey.of(text);
    return key.contains(" ") && LEGAL_FORMS.stream().anyMatch(form -> key.endsWith(" " + form));
  }

  private static final Pattern MISSION =
      Pattern.compile("^(operation|exercise) (.+?)( (19|20)\\d\\d)?$");

  /**
   * A mission's name without its "Operation"/"Exercise" word and year, so that "Exercise Southern
   * Shield 2025" and "Southern Shield" are one name.
   */
  private static String missionKey(String key) {
    Matcher m = MISSION.matcher(key);
    return m.matches() ? m.group(2) : key;
  }

  /** A person's name key without middle initials and generational suffixes. */
  static String personKey(String text) {
    List<String> words = new ArrayList<>(List.of(NameKey.of(text).split(" ")));
    if (words.size() > 1) {
      words.removeIf(w -> NAME_SUFFIXES.contains(w));
    }
    if (words.size() > 2) {
      words.removeIf(w -> w.length() == 1);
    }
    return String.join(" ", words);
  }
}
