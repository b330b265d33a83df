package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.newsgraph.annotate.RuleFile;

/**
 * Cardinal number words and their values ("seven" is 7), read from {@value #WORDS}: the one table
 * for acronyms that write a number in digits ("Group of Seven", {@code G7}) and for group
 * references that count a list ("all three"). Immutable; share one instance.
 */
public final class NumberWords {

  /** The resource with one {@code word<TAB>value} per line. */
  static final String WORDS = "org/newsgraph/resolve/number-words.txt";

  private final Map<String, Integer> values;

  /** The number words of {@value #WORDS}. */
  public NumberWords() {
    this(load());
  }

  NumberWords(Map<String, Integer> values) {
    this.values = Map.copyOf(values);
  }

  /** The value of a number word, any case ("Seven" is 7); empty for any other word. */
  public OptionalInt value(String word) {
    Integer value = values.get(word.toLowerCase(Locale.ROOT));
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** The number word written in digits ("twenty" is "20"); {@code null} for any other word. */
  public String digits(String word) {
    OptionalInt value = value(word);
    return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> values = new HashMap<>();
    for (String line : RuleFile.lines(WORDS)) {
      String[] fields = line.split("\t");
      if (fields.length != 2 || !fields[1].matches("\\d+")) {
        throw new IllegalStateException(
            "The rule file " + WORDS + " has a bad line '" + line + "': write word<TAB>digits");
      }
      values.put(fields[0].toLowerCase(Locale.ROOT), Integer.parseInt(fields[1]));
    }
    return values;
  }
}
