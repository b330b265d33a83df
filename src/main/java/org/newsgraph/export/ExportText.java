package org.newsgraph.export;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the graph-viewer exports write lists and numbers as text. */
final class ExportText {

  /** The separator of list values (aliases, titles) in formats without lists. */
  static final String LIST_SEPARATOR = "; ";

  private ExportText() {}

  /** A list as one string, e.g. {@code "Alliance; NA"}. */
  static String list(List<String> values) {
    return String.join(LIST_SEPARATOR, values);
  }

  /**
   * The node's values that only some entities have, as text in this order: {@code aliases}, {@code
   * link} and {@code titles}, each only when present.
   */
  static Map<String, String> optionalValues(EntityNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!node.aliases().isEmpty()) {
      values.put("aliases", list(node.aliases()));
    }
    node.link().ifPresent(link -> values.put("link", link));
    if (!node.titles().isEmpty()) {
      values.put("titles", list(node.titles()));
    }
    return values;
  }

  /** A number in plain decimal notation without trailing zeros, e.g. {@code 0.9}, {@code 1}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
