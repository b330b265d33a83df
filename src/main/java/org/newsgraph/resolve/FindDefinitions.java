package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.annotate.NerTag;

/**
 * Collects the names the documents define ({@link AcronymFinder}): acronyms with their long names,
 * names in another language in brackets (which replace the mentions they overlap) and group names;
 * also the multi-word proper names NER tagged as organisations in story sentences, which are spread
 * like defined long names, since NER often tags the same name differently elsewhere ("African" +
 * "Union" as a nationality and a city). Documents are read in id order; the first document to
 * define a name gives its type.
 */
final class FindDefinitions implements ResolutionStep {

  private final AcronymFinder acronymFinder = new AcronymFinder();

  @Override
  public Resolution apply(Resolution resolution) {
    Map<String, List<NameMention>> mentionsByDoc = new TreeMap<>();
    List<AcronymFinder.Definition> definitions = new ArrayList<>(resolution.definitions());
    Map<String, NerTag> longNames = new TreeMap<>(resolution.longNames());
    Map<String, NerTag> acronyms = new TreeMap<>(resolution.acronyms());
    for (DocumentView view : resolution.documents()) {
      List<NameMention> mentions = new ArrayList<>(resolution.mentionsOf(view));
      for (AcronymFinder.Definition definition : acronymFinder.definitions(view, mentions)) {
        definitions.add(definition);
        longNames.putIfAbsent(definition.longName().text(), definition.longName().ner());
        acronyms.putIfAbsent(definition.acronym().text(), definition.acronym().ner());
      }
      for (AcronymFinder.Definition bracketed : acronymFinder.bracketedNames(view, mentions)) {
        definitions.add(bracketed);
        mentions.removeIf(m -> m.overlaps(bracketed.acronym()));
        mentions.add(bracketed.acronym());
        mentions.sort(NameMention.TEXT_ORDER);
      }
      for (NameMention group : acronymFinder.groupNames(view)) {
        acronyms.putIfAbsent(group.text(), group.ner());
      }
      mentionsByDoc.put(view.id(), mentions);
      organizationNames(view, mentions)
          .forEach(name -> longNames.putIfAbsent(name, NerTag.ORGANIZATION));
    }
    return resolution.withDefinitions(mentionsByDoc, definitions, longNames, acronyms);
  }

  /** The multi-word proper names NER tagged as organisations in the document's story sentences. */
  private static List<String> organizationNames(DocumentView view, List<NameMention> mentions) {
    return mentions.stream()
        .filter(m -> m.ner() == NerTag.ORGANIZATION && m.origin() == NameMention.Origin.NER)
        .filter(m -> !view.isWeak(m.sentence()))
        .map(NameMention::text)
        .filter(NamePropagation::isProperName)
        .toList();
  }
}
