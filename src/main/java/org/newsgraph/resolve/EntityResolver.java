package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Joins mentions across all documents into canonical entities.
 *
 * <p>Steps: find and repair each document's name mentions ({@link MentionFinder}), find acronym and
 * group-name definitions ({@link AcronymFinder}), spread defined names over the corpus ({@link
 * NamePropagation}), drop common words NER took for names, cluster ({@link NameClusterer}) and
 * build entities ({@link EntityBuilder}). Nationality words resolve to their country's entity as
 * mentions, never as aliases; a country named only by its demonym in a national office ("Chilean
 * general X") becomes an entity. See docs/resolution-and-extraction.md.
 *
 * <p>The result depends only on the documents, not on their order. Instances are immutable and may
 * be shared between threads.
 */
public final class EntityResolver {

  private final PlaceGazetteer places;
  private final List<List<String>> nationalBodies;

  /** A resolver using the bundled place lists. */
  public EntityResolver() {
    this.places = PlaceGazetteer.loadDefault();
    this.nationalBodies =
        RuleFile.lines("/org/newsgraph/resolve/national-bodies.txt").stream()
            .map(line -> List.of(line.strip().split("\\s+")))
            .toList();
  }

  /** Resolves the mentions of every document into one set of canonical entities. */
  public ResolvedCorpus resolve(List<AnnotatedDocument> documents) {
    List<DocumentView> views =
        documents.stream()
            .sorted(Comparator.comparing(d -> d.document().id()))
            .map(DocumentView::new)
            .toList();
    Map<String, DocumentView> viewById = new HashMap<>();
    views.forEach(v -> viewById.put(v.id(), v));

    Map<String, List<NameMention>> mentionsByDoc = new TreeMap<>();
    List<AcronymFinder.Definition> definitions = new ArrayList<>();
    Map<String, NerTag> longNames = new TreeMap<>();
    Map<String, NerTag> acronyms = new TreeMap<>();
    MentionFinder finder =
        new MentionFinder(places, nationalBodies, OrganizationPhrases.loadDefault());
    AcronymFinder acronymFinder = new AcronymFinder();
    for (DocumentView view : views) {
      List<NameMention> mentions = finder.find(view);
      for (AcronymFinder.Definition definition : acronymFinder.definitions(view, mentions)) {
        definitions.add(definition);
        longNames.putIfAbsent(definition.longName().text(), definition.longName().ner());
        acronyms.putIfAbsent(definition.acronym().text(), definition.acronym().ner());
      }
      for (AcronymFinder.Definition bracketed : acronymFinder.bracketedNames(view, mentions)) {
        definitions.add(bracketed);
        mentions.removeIf(m -> m.overlaps(bracketed.acronym()));
        mentions.add(bracketed.acronym());
        mentions.sort(MentionFinder.ORDER);
      }
      for (NameMention group : acronymFinder.groupNames(view)) {
        acronyms.putIfAbsent(group.text(), group.ner());
      }
      mentionsByDoc.put(view.id(), mentions);
      organizationNames(view, mentions)
          .forEach(name -> longNames.putIfAbsent(name, NerTag.ORGANIZATION));
    }
    NamePropagation propagation =
        new NamePropagation(longNames, acronyms, organizationInitials(mentionsByDoc, longNames));
    List<NameMention> names = new ArrayList<>();
    List<NameMention> demonyms = new ArrayList<>();
    Set<String> lowerCaseWords = lowerCaseWords(views);
    for (DocumentView view : views) {
      for (NameMention mention : propagation.apply(view, mentionsByDoc.get(view.id()))) {
        if (mention.origin() == NameMention.Origin.DEMONYM) {
          demonyms.add(mention);
        } else if (isName(mention, lowerCaseWords)) {
          names.add(mention);
        }
      }
    }
    Map<NameMention, String> clusters = new NameClusterer(places).cluster(names, definitions);
    EntityBuilder builder =
        new EntityBuilder(places, m -> viewById.get(m.docId()).isWeak(m.sentence()));
    return corpus(builder.build(clusters), demonyms, viewById);
  }

  /**
   * The multi-word proper names NER tagged as organisations in the document's story sentences:
   * spread like defined long names, since NER often tags the same name differently elsewhere
   * ("African" + "Union" as a nationality and a city).
   */
  private static List<String> organizationNames(DocumentView view, List<NameMention> mentions) {
    return mentions.stream()
        .filter(m -> m.ner() == NerTag.ORGANIZATION && m.origin() == NameMention.Origin.NER)
        .filter(m -> !view.isWeak(m.sentence()))
        .map(NameMention::text)
        .filter(NamePropagation::isProperName)
        .toList();
  }

  private ResolvedCorpus corpus(
      List<EntityBuilder.Built> built,
      List<NameMention> demonyms,
      Map<String, DocumentView> viewById) {
    List<Entity> entities = new ArrayList<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    Map<String, String> countryIds = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (EntityBuilder.Built entity : built) {
      entities.add(entity.entity());
      ids.add(entity.entity().id());
      if (entity.entity().type() == EntityType.COUNTRY) {
        countryIds.put(entity.entity().label(), entity.entity().id());
      }
      for (NameMention mention : entity.mentions()) {
        mentions.add(resolved(entity.entity().id(), mention));
      }
    }
    demonyms.sort(MentionFinder.ORDER);
    for (NameMention demonym : demonyms) {
      String country = places.countryOfDemonym(demonym.text()).orElseThrow();
      String id = countryIds.get(country);
      boolean side = MentionFinder.sidesWith(viewById.get(demonym.docId()), demonym);
      if (id == null && side && !viewById.get(demonym.docId()).isWeak(demonym.sentence())) {
        Entity entity = EntityBuilder.country(country, ids);
        entities.add(entity);
        id = entity.id();
        countryIds.put(country, id);
      }
      if (id != null) {
        mentions.add(resolved(id, demonym));
      }
    }
    entities.sort(Comparator.comparing(Entity::id));
    mentions.sort(
        Comparator.comparing(ResolvedMention::docId)
            .thenComparingInt(ResolvedMention::begin)
            .thenComparingInt(ResolvedMention::end)
            .thenComparing(ResolvedMention::entityId));
    return new ResolvedCorpus(entities, mentions);
  }

  private static ResolvedMention resolved(String entityId, NameMention mention) {
    return new ResolvedMention(
        entityId,
        mention.docId(),
        mention.sentence(),
        mention.begin(),
        mention.end(),
        mention.text());
  }

  /**
   * Whether a mention can name an entity: it has a capital letter or digit, and it is not a single
   * capitalised common word that the corpus also writes in lower case ("Navy", "Signal").
   */
  private static boolean isName(NameMention mention, Set<String> lowerCaseWords) {
    String text = mention.text();
    if (text.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return false;
    }
    boolean oneWord = !text.contains(" ") && !text.contains("-");
    return !(oneWord
        && mention.ner() != NerTag.PERSON
        && !Initials.isAcronym(text)
        && lowerCaseWords.contains(text.toLowerCase(Locale.ROOT)));
  }

  private static Set<String> lowerCaseWords(List<DocumentView> views) {
    Set<String> words = new HashSet<>();
    for (DocumentView view : views) {
      for (Sentence sentence : view.sentences()) {
        for (Token token : sentence.tokens()) {
          String word = view.tokenText(sentence, token.index());
          if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  /** Initials of the corpus's multi-word organisation names, for spotting untagged acronyms. */
  private Set<String> organizationInitials(
      Map<String, List<NameMention>> mentionsByDoc, Map<String, NerTag> longNames) {
    Set<String> initials = new HashSet<>();
    List<String> names = new ArrayList<>(longNames.keySet());
    mentionsByDoc.values().stream()
        .flatMap(List::stream)
        .filter(m -> m.ner() == NerTag.ORGANIZATION)
        .forEach(m -> names.add(m.text()));
    for (String name : names) {
      String key = NameClusterer.key(name);
      if (key.contains(" ")) {
        initials.add(Initials.of(key));
        Optional.of(key.split(" ", 2)[1])
            .filter(rest -> places.isNationQualifier(key.split(" ", 2)[0]))
            .ifPresent(rest -> initials.add(Initials.of(rest)));
      }
    }
    return initials;
  }
}
