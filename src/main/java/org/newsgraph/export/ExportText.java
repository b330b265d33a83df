package org.newsgraph.export;

import java.math.BigDecimal;
import java.util.List;

/** How the graph-viewer exports write lists and numbers as text. */
final class ExportText {

  /** The separator of list values (aliases, titles) in formats without lists. */
  static final String LIST_SEPARATOR = "; ";

  private ExportText() {}

  /** A list as one string, e.g. {@code "Alliance; NA"}. */
  static String list(List<String> values) {
    return String.join(LIST_SEPARATOR, values);
  }

  /** A number in plain decimal notation without trailing zeros, e.g. {@code 0.9}, {@code 1}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
