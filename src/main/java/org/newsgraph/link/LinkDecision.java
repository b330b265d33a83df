package org.newsgraph.link;

import java.util.Optional;

/**
 * The outcome of linking one entity.
 *
 * @param title the chosen article, or empty for no link
 * @param reason why, in a few words (for diagnostics)
 */
record LinkDecision(Optional<String> title, String reason) {

  static LinkDecision link(String title, String reason) {
    return new LinkDecision(Optional.of(title), reason);
  }

  static LinkDecision none(String reason) {
    return new LinkDecision(Optional.empty(), reason);
  }
}
