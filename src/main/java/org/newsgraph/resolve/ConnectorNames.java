package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;

/**
 * A place or organisation mention followed by a connector of {@value #CONNECTORS} ("do", "da") and
 * capitalised words is one name with them: "Rio Grande do Sul", "Caxias do Sul", "Frigorífico Vale
 * do Itajaí". Mentions NER made of the words after the connector are dropped. An organisation stays
 * an organisation; a place becomes a vague LOCATION, which later repairs may type as a city when
 * the whole name is a known town.
 */
final class ConnectorNames implements MentionRepair {

  static final String CONNECTORS = "org/newsgraph/resolve/name-connectors.txt";

  private static final Set<NerTag> NAME_PARTS =
      Set.of(
          NerTag.O,
          NerTag.PERSON,
          NerTag.ORGANIZATION,
          NerTag.MISC,
          NerTag.LOCATION,
          NerTag.CITY,
          NerTag.STATE_OR_PROVINCE,
          NerTag.COUNTRY);

  private final Set<String> connectors;

  /** The repair with the connectors of {@value #CONNECTORS}. */
  ConnectorNames() {
    this(Set.copyOf(RuleFile.lines(CONNECTORS)));
  }

  ConnectorNames(Set<String> connectors) {
    this.connectors = Set.copyOf(connectors);
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    NameMention extended = null;
    for (NameMention mention : mentions) {
      if (extended != null && extended.overlaps(mention)) {
        continue;
      }
      extended = extend(view, mention);
      out.add(extended == null ? mention : extended);
    }
    return out;
  }

  /** The mention with the connector and the capitalised words after it, or null. */
  private NameMention extend(DocumentView view, NameMention mention) {
    boolean named = mention.ner().isPlace() || mention.ner() == NerTag.ORGANIZATION;
    Sentence sentence = view.sentence(mention.sentence());
    int connector = mention.tokenEnd();
    if (!named
        || connector + 1 >= sentence.tokens().size()
        || !connectors.contains(view.tokenText(sentence, connector))) {
      return null;
    }
    int end = connector + 1;
    while (end < sentence.tokens().size()
        && NAME_PARTS.contains(sentence.tokens().get(end).ner())
        && Character.isUpperCase(view.tokenText(sentence, end).codePointAt(0))) {
      end++;
    }
    if (end == connector + 1) {
      return null;
    }
    NerTag type = mention.ner() == NerTag.ORGANIZATION ? NerTag.ORGANIZATION : NerTag.LOCATION;
    return view.mention(sentence, mention.tokenBegin(), end, type, NameMention.Origin.REPAIRED);
  }
}
