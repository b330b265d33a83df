package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The organisation a document is about, if it is about one: the organisation it mentions most, at
 * least {@link #MIN_MENTIONS} times and at least {@link #LEAD} times as often as any other. A press
 * release or company profile calls its subject "the Company" or "the Group" however many other
 * organisations stand between.
 */
final class DocumentSubject {

  /** The fewest mentions of a document's subject. */
  static final int MIN_MENTIONS = 3;

  /** How many times more often the subject is mentioned than the next organisation. */
  static final int LEAD = 2;

  private final MentionIndex index;
  private final Map<String, Optional<Entity>> byDoc = new HashMap<>();

  DocumentSubject(MentionIndex index) {
    this.index = index;
  }

  /**
   * The last words of company names: legal forms (Wikipedia, "List of legal entity types by
   * country") and "group", "holdings", lower case without dots.
   */
  private static final Set<String> COMPANY_ENDINGS =
      Set.of(
          "sa",
          "ltd",
          "limited",
          "inc",
          "corp",
          "corporation",
          "plc",
          "ag",
          "gmbh",
          "oy",
          "oyj",
          "ab",
          "as",
          "asa",
          "nv",
          "bv",
          "spa",
          "srl",
          "sl",
          "lda",
          "co",
          "company",
          "group",
          "holdings",
          "zrt",
          "ad",
          "llc",
          "lp",
          "pty",
          "kk",
          "sro",
          "se",
          "oo",
          "sas",
          "sarl",
          "bhd",
          "tbk");

  /** Whether the entity's name ends in a company's legal form ("Acme S.A.", "Bolt Holdings"). */
  static boolean isCompany(Entity entity) {
    String[] words = entity.label().toLowerCase(Locale.ROOT).replace(".", "").split("[\\s,]+");
    return words.length > 1 && COMPANY_ENDINGS.contains(words[words.length - 1]);
  }

  /** The organisation the document is about, if one stands out. */
  Optional<Entity> of(String docId) {
    return byDoc.computeIfAbsent(docId, this::find);
  }

  private Optional<Entity> find(String docId) {
    Map<String, Integer> counts = new HashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      boolean organization =
          index
              .entity(mention.entityId())
              .map(e -> e.type() == EntityType.ORGANIZATION)
              .orElse(false);
      if (organization) {
        counts.merge(mention.entityId(), 1, Integer::sum);
      }
    }
    return ClearLeader.of(counts, MIN_MENTIONS, LEAD).flatMap(index::entity);
  }
}
