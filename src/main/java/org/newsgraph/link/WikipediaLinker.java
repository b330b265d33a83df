package org.newsgraph.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Initials;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.SettlementNames;

/**
 * Links canonical entities to English Wikipedia articles, offline, with CoreNLP's Wikipedia
 * dictionary ({@link WikiDictionary#bundled()}: 21 million {@code surface, article, P(article |
 * surface)} lines). The dictionary is read only when the {@link LinkCache} in the cache folder
 * lacks some name, so a rebuild over known names never reads it; the missing names are then looked
 * up in the {@link WikiDictionaryIndex} of the cache folder when it has a usable one
 * (milliseconds), else by streaming the dictionary once, keeping only the lines of those names
 * (seconds). Both give the same candidates. How an article is chosen: {@link SurfaceForms} (which
 * names), {@link RenamedBodies} (an organisation's current title where the dictionary has an old
 * one), {@link TitleRules} and {@link NameEvidence} (which articles), {@link LinkDecider} (votes,
 * probability and margin). Then an organisation whose country the text names (or, when it has no
 * article yet, whose stories' dateline is in that country's capital), and a country left without an
 * article, are tried once more with qualified names ({@link #qualifiedNames}: "Socialist Party
 * (Portugal)", "Georgia (country)", "Republic of Ireland"), and only with those; so is a city or
 * place with the regions written after it or named in its sentences ({@link RegionContext}:
 * "Raleigh, North Carolina"), when the article is the town's; and a city or place whose article the
 * dictionary calls a region's, as "Name City" ({@link #cityTitle}: "New York" and {@code
 * New_York_City}). Last, an organisation titled with a country that its stories do not name loses
 * its link ({@link #countryAgrees}), and titles are written as Wikipedia writes them now ({@link
 * CurrentTitles}). An entity without a clear article gets no link.
 *
 * <p>Usage: {@code new WikipediaLinker(LinkSettings.defaults(), storeDir.resolve("cache"))
 * .link(corpus)}. Instances are safe to share between threads; their only state is which index
 * problems they have already reported.
 */
public final class WikipediaLinker {

  private final LinkSettings settings;
  private final Path cacheDir;
  private final WikiDictionary dictionary;
  private final SurfaceForms surfaceForms;
  private final LinkDecider decider;
  private final WikiDictionaryIndex index;
  private final CountryNames countries;
  private final CurrentTitles currentTitles;
  private final RenamedBodies renamedBodies;

  /** A linker over CoreNLP's bundled dictionary. */
  public WikipediaLinker(LinkSettings settings, Path cacheDir) {
    this(settings, cacheDir, WikiDictionary.bundled());
  }

  /**
   * A linker over any dictionary in the same format.
   *
   * @param settings thresholds and on/off
   * @param cacheDir folder for the link cache (created on the first write) and the dictionary index
   *     (used when present; see {@link WikiDictionaryIndex})
   * @param dictionary where surface forms are looked up
   */
  public WikipediaLinker(LinkSettings settings, Path cacheDir, WikiDictionary dictionary) {
    this(settings, cacheDir, dictionary, cacheDir);
  }

  /**
   * A linker whose dictionary index is in another folder than its link cache (an index installed
   * once for every store, see {@link WikiDictionaryIndex}).
   *
   * @param settings thresholds and on/off
   * @param cacheDir folder for the link cache (created on the first write)
   * @param dictionary where surface forms are looked up
   * @param indexDir folder whose {@value WikiDictionaryIndex#FOLDER} subfolder holds the index
   *     (used when present and complete)
   */
  public WikipediaLinker(
      LinkSettings settings, Path cacheDir, WikiDictionary dictionary, Path indexDir) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.surfaceForms = SurfaceForms.loadDefault();
    TitleRules rules = TitleRules.loadDefault();
    this.decider =
        new LinkDecider(settings, rules, SettlementNames.bundled(), PlaceWords.loadDefault());
    this.index = new WikiDictionaryIndex(indexDir, dictionary);
    this.countries = CountryNames.loadDefault();
    this.currentTitles = CurrentTitles.loadDefault();
    this.renamedBodies = RenamedBodies.loadDefault(rules.lowercaseWords());
  }

  /**
   * The corpus with every entity's {@link Entity#wikipediaTitle()} set to its article, or empty
   * when it has none; the corpus as it is when linking is off.
   */
  public ResolvedCorpus link(ResolvedCorpus corpus) {
    return linkWithReport(corpus).corpus();
  }

  /** Like {@link #link}, with counts and timings of what was done. */
  public LinkResult linkWithReport(ResolvedCorpus corpus) {
    int size = corpus.entities().size();
    if (!settings.enabled()) {
      return new LinkResult(corpus, size, 0, 0, 0, false, 0, false);
    }
    Map<String, List<String>> formsById = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Entity entity : corpus.entities()) {
      List<String> forms = surfaceForms.formsOf(entity);
      formsById.put(entity.id(), forms);
      for (String form : forms) {
        keys.addAll(SurfaceForms.lookupKeys(form));
        if (entity.type() == EntityType.PERSON) {
          SurfaceForms.withoutMiddleNames(form)
              .ifPresent(shorter -> keys.addAll(SurfaceForms.lookupKeys(shorter)));
        }
        if (entity.type() == EntityType.CITY) {
          keys.addAll(regionKeys(form));
        }
      }
    }
    Lookups lookups = lookUp(keys, Map.of());
    List<Entity> linked = new ArrayList<>(size);
    for (Entity entity : corpus.entities()) {
      linked.add(
          withTitle(entity, decide(entity, formsById.get(entity.id()), lookups.candidates())));
    }
    NamedPlaces places = NamedPlaces.of(linked, corpus.mentions(), countries);
    CountryContext context = CountryContext.of(linked, corpus.mentions(), countries);
    RegionContext regions = RegionContext.of(linked, corpus.mentions(), formsById);
    Map<String, List<String>> qualifiedById = new LinkedHashMap<>();
    Set<String> moreKeys = new LinkedHashSet<>();
    for (Entity entity : linked) {
      List<String> qualified =
          new ArrayList<>(qualifiedNames(entity, formsById.get(entity.id()), context, countries));
      qualified.addAll(regions.namesWithRegions(entity, formsById.get(entity.id())));
      if (!qualified.isEmpty()) {
        qualifiedById.put(entity.id(), qualified);
        qualified.forEach(name -> moreKeys.addAll(SurfaceForms.lookupKeys(name)));
      }
    }
    Map<String, List<String>> cityNamesById = new LinkedHashMap<>();
    Map<String, String> regionArticleById = new LinkedHashMap<>();
    for (Entity entity : linked) {
      List<String> forms = formsById.get(entity.id());
      Optional<String> article =
          entity
              .wikipediaTitle()
              .or(() -> refusedRegionArticle(entity, forms, lookups.candidates()));
      List<String> cityNames =
          article.isEmpty()
              ? List.of()
              : cityNames(entity, forms, article.get(), context, countries);
      if (!cityNames.isEmpty()) {
        cityNamesById.put(entity.id(), cityNames);
        regionArticleById.put(entity.id(), article.get());
        cityNames.forEach(name -> moreKeys.addAll(cityKeys(name)));
      }
    }
    Lookups more = moreKeys.isEmpty() ? lookups : lookUp(moreKeys, lookups.candidates());
    int count = 0;
    for (int i = 0; i < linked.size(); i++) {
      Entity entity = linked.get(i);
      List<String> qualified = qualifiedById.get(entity.id());
      Optional<String> city =
          regionArticleById.containsKey(entity.id())
              ? cityTitle(
                  cityNamesById.get(entity.id()),
                  regionArticleById.get(entity.id()),
                  more.candidates())
              : Optional.empty();
      if (city.isPresent()) {
        entity = withTitle(entity, city);
        linked.set(i, entity);
      } else if (qualified != null) {
        LinkDecision decision = decide(entity, qualified, more.candidates());
        if (decision.title().isPresent()
            && (!isPlace(entity)
                || RegionContext.isTownTitle(
                    entity.type(),
                    decision.title().get(),
                    formsById.get(entity.id()),
                    SettlementNames.bundled()))) {
          entity = withTitle(entity, decision);
          linked.set(i, entity);
        }
      }
      if (entity.wikipediaTitle().isEmpty() && !anyCandidates(qualified, more.candidates())) {
        entity = withTitle(entity, confirmedByPlaces(entity, formsById, more, context, places));
        linked.set(i, entity);
      }
      if (entity.wikipediaTitle().isPresent()
          && !countryAgrees(entity, entity.wikipediaTitle().get(), context, countries)) {
        entity = withTitle(entity, Optional.empty());
        linked.set(i, entity);
      }
      if (entity.wikipediaTitle().isPresent()) {
        String current =
            currentTitles.current(
                entity.type(),
                entity.wikipediaTitle().get(),
                formsById.get(entity.id()),
                more.candidates());
        entity = withTitle(entity, Optional.of(current));
        linked.set(i, entity);
        count++;
      }
    }
    boolean read = lookups.dictionaryRead() || (more != lookups && more.dictionaryRead());
    return new LinkResult(
        new ResolvedCorpus(linked, corpus.mentions()),
        size,
        count,
        keys.size() + moreKeys.size(),
        lookups.fromCache() + (more != lookups ? more.fromCache() : 0),
        read,
        lookups.millis() + (more != lookups ? more.millis() : 0),
        lookups.fromIndex() || (more != lookups && more.fromIndex()));
  }

  /**
   * Qualified names to try after the first decisions; an article they give replaces the first
   * decision. An organisation's names with its country ({@link CountryContext#countryOf}), as
   * Wikipedia titles a national body whose name other countries' bodies share: "Socialist Party
   * (Portugal)", "National Assembly of South Africa", "Parliament of the United Kingdom"; the text
   * names the country, so its body wins over the name's most common article ("Mongolia's Democratic
   * Party" is not the U.S. party). An organisation left without an article, whose stories have a
   * dateline in its country's capital ({@link CountryContext#datelineCountryOf}: "LONDON, 14 May -
   * ... the Ministry of Defence"), gets the same names with that country. A country's names, when
   * it got no article, with the qualifier Wikipedia gives a country that shares its name with
   * another place: "Georgia (country)"; not when an entity linked in its documents is titled
   * "Place,_Georgia" (then the name is likely the state's); and its longer official forms that
   * contain its name ({@link CountryNames#longFormsOf}: "Republic of Ireland"). Acronyms are left
   * out. Empty for other entities.
   */
  static List<String> qualifiedNames(
      Entity entity, List<String> forms, CountryContext context, CountryNames countries) {
    List<String> qualified = new ArrayList<>();
    if (entity.type() == EntityType.ORGANIZATION) {
      Optional<String> country =
          context
              .countryOf(entity.id())
              .map(title -> title.replace('_', ' '))
              .or(
                  () ->
                      entity.wikipediaTitle().isEmpty()
                          ? context.datelineCountryOf(entity.id())
                          : Optional.empty());
      country.ifPresent(
          name -> {
            for (String form : forms) {
              if (!Initials.isAcronym(form)) {
                qualified.add(form + " (" + name + ")");
                qualified.add(form + " of " + name);
                qualified.add(form + " of the " + name);
              }
            }
          });
    } else if (entity.type() == EntityType.COUNTRY && entity.wikipediaTitle().isEmpty()) {
      for (String form : forms) {
        if (!Initials.isAcronym(form) && !context.namesTheRegionOfALinkedPlace(entity.id(), form)) {
          qualified.add(form + " (country)");
          qualified.addAll(countries.longFormsOf(form));
        }
      }
    }
    return qualified;
  }

  /**
   * The names a city or place whose article is titled by its name alone may have as a city, when
   * the story does not show the article to be a region's (no entity linked in its documents is
   * titled "Place,_Name": {@link CountryContext#namesTheRegionOfALinkedPlace}): "Name City" and
   * "Name (city)". A state often shares its name with its main city, which Wikipedia titles
   * otherwise ("New York" and {@code New_York_City}); see {@link #cityTitle}. Not for a place (not
   * a city) named as a state ("Luxembourg": NER types countries as places too). Empty for other
   * entities.
   *
   * @param title the entity's article, or for a city left without one, the region's article its
   *     name leads to ({@link #refusedRegionArticle})
   */
  static List<String> cityNames(
      Entity entity,
      List<String> forms,
      String title,
      CountryContext context,
      CountryNames countries) {
    if (!isPlace(entity)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String form : forms) {
      if (NameEvidence.isExactly(form, title)
          && !Initials.isAcronym(form)
          && !context.namesTheRegionOfALinkedPlace(entity.id(), form)
          && (entity.type() == EntityType.CITY || !countries.isCountry(form))) {
        names.add(form);
      }
    }
    return names;
  }

  /**
   * The article of an entity still without one whose dictionary candidate's title names a place its
   * stories name ({@link NamedPlaces#confirms}), decided with {@code minScoreInContext}; empty when
   * there is none, or when the text names other countries just before the entity's mentions ({@link
   * CountryContext#countriesNamedBefore}: "Veridia's ministry ... Ostland's ministry").
   */
  private Optional<String> confirmedByPlaces(
      Entity entity,
      Map<String, List<String>> formsById,
      Lookups lookups,
      CountryContext context,
      NamedPlaces places) {
    Set<String> before = context.countriesNamedBefore(entity.id());
    return decide(
            entity,
            formsById.get(entity.id()),
            lookups.candidates(),
            title ->
                places.confirms(entity.id(), entity.type(), title)
                    && before.stream()
                        .allMatch(
                            country ->
                                NamedPlaces.qualifierOf(title)
                                    .map(q -> q.equals(country.replace('_', ' ')))
                                    .orElse(false)))
        .title();
  }

  /** Whether one of the names (none when null) has candidates under one of its keys. */
  private static boolean anyCandidates(
      List<String> names, Map<String, List<LinkCandidate>> candidatesByKey) {
    return names != null
        && names.stream().anyMatch(name -> !firstCandidates(name, candidatesByKey).isEmpty());
  }

  /**
   * For a city left without an article, the article one of its names leads to that the dictionary
   * shows to be a region's ("Washington", whose article is the state's, since "Washington (state)"
   * leads there too): the first decisions refuse it, and the city may still be titled otherwise
   * ({@link #cityTitle}). Empty for other entities, and when no name leads to a region's article.
   */
  static Optional<String> refusedRegionArticle(
      Entity entity, List<String> forms, Map<String, List<LinkCandidate>> candidatesByKey) {
    if (entity.type() != EntityType.CITY || entity.wikipediaTitle().isPresent()) {
      return Optional.empty();
    }
    for (String form : forms) {
      for (LinkCandidate c : firstCandidates(form, candidatesByKey)) {
        for (String key : regionKeys(form)) {
          if (candidatesByKey.getOrDefault(key, List.of()).stream()
              .anyMatch(r -> r.title().equals(c.title()))) {
            return Optional.of(c.title());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The candidates of a name's first lookup key that has some. */
  private static List<LinkCandidate> firstCandidates(
      String name, Map<String, List<LinkCandidate>> candidatesByKey) {
    for (String key : SurfaceForms.lookupKeys(name)) {
      List<LinkCandidate> candidates = candidatesByKey.getOrDefault(key, List.of());
      if (!candidates.isEmpty()) {
        return candidates;
      }
    }
    return List.of();
  }

  /** The qualifiers of the dictionary's names that say an article is a region's: "Name (state)". */
  static final List<String> REGION_QUALIFIERS =
      List.of("state", "U.S. state", "province", "region");

  /** The dictionary keys {@link #cityTitle} reads for a name. */
  static List<String> cityKeys(String name) {
    List<String> keys = regionKeys(name);
    keys.add(name + " City");
    keys.add(name + " (city)");
    return keys;
  }

  /**
   * The city's article for a name whose own article ({@code title}) is a region's, by the
   * dictionary: "Name (state)" (or "(U.S. state)", "(province)", "(region)") leads to it. The
   * city's article is then the one that "Name City" leads to when it is titled exactly "Name_City"
   * or "Name,_Place" ("Washington City" leads to {@code Washington,_D.C.}), or the one "Name
   * (city)" leads to when its title starts with the name. Empty otherwise.
   */
  static Optional<String> cityTitle(
      List<String> names, String title, Map<String, List<LinkCandidate>> candidatesByKey) {
    for (String name : names) {
      boolean region =
          REGION_QUALIFIERS.stream()
              .anyMatch(
                  q ->
                      candidatesByKey.getOrDefault(name + " (" + q + ")", List.of()).stream()
                          .anyMatch(c -> c.title().equals(title)));
      if (!region) {
        continue;
      }
      for (LinkCandidate c : candidatesByKey.getOrDefault(name + " City", List.of())) {
        if (NameEvidence.isExactly(name + " City", c.title())
            || (c.title().startsWith(name.replace(' ', '_') + ",_") && !c.title().equals(title))) {
          return Optional.of(c.title());
        }
      }
      for (LinkCandidate c : candidatesByKey.getOrDefault(name + " (city)", List.of())) {
        if (!c.title().equals(title)
            && NameTokens.of(c.title()).size() > NameTokens.of(name).size()
            && NameTokens.of(c.title())
                .subList(0, NameTokens.of(name).size())
                .equals(NameTokens.of(name))) {
          return Optional.of(c.title());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * False when an organisation's article is titled with a country ("Labour_Party_(UK)",
   * "Socialist_Party_(France)") and its documents name countries, none of them that one: a party or
   * a ministry named alike in many countries is then another country's. True otherwise (no country
   * in the title, or none named in the documents).
   */
  static boolean countryAgrees(
      Entity entity, String title, CountryContext context, CountryNames countries) {
    if (entity.type() != EntityType.ORGANIZATION || !title.endsWith(")")) {
      return true;
    }
    int open = title.lastIndexOf('(');
    if (open <= 0) {
      return true;
    }
    Optional<String> country =
        countries.standardNameOf(title.substring(open + 1, title.length() - 1).replace('_', ' '));
    if (country.isEmpty()) {
      return true;
    }
    Set<String> named = new LinkedHashSet<>();
    for (String name : context.countriesAround(entity.id())) {
      named.add(name);
      countries.standardNameOf(name).ifPresent(named::add);
    }
    return named.isEmpty() || named.contains(country.get());
  }

  private static boolean isPlace(Entity entity) {
    return entity.type() == EntityType.CITY || entity.type() == EntityType.PLACE;
  }

  /** Why one entity gets the article it gets, given the names' candidates (for diagnostics). */
  LinkDecision decide(
      Entity entity, List<String> forms, Map<String, List<LinkCandidate>> candidatesByKey) {
    return decide(entity, forms, candidatesByKey, title -> false);
  }

  /**
   * Like {@link #decide(Entity, List, Map)}, with the articles the entity's stories confirm ({@link
   * NamedPlaces#confirms}).
   */
  LinkDecision decide(
      Entity entity,
      List<String> forms,
      Map<String, List<LinkCandidate>> candidatesByKey,
      Predicate<String> confirmed) {
    List<LinkDecider.NameCandidates> names = new ArrayList<>();
    Map<String, String> renames =
        dictionary.currentTitles()
            ? Map.of()
            : renamedBodies.renames(entity.type(), forms, candidatesByKey);
    for (String form : forms) {
      List<LinkCandidate> candidates = addCandidates(form, candidatesByKey, renames, names);
      if (entity.type() == EntityType.PERSON && !anyTitleHasAllWords(candidates, form)) {
        SurfaceForms.withoutMiddleNames(form)
            .ifPresent(shorter -> addCandidates(shorter, candidatesByKey, renames, names));
      }
    }
    return decider.decide(
        entity.type(), names, forms, regionTitles(entity, forms, candidatesByKey), confirmed);
  }

  /** The dictionary keys that show a name's article to be a region's: "Name (state)". */
  static List<String> regionKeys(String name) {
    List<String> keys = new ArrayList<>();
    REGION_QUALIFIERS.forEach(q -> keys.add(name + " (" + q + ")"));
    return keys;
  }

  /**
   * The articles that a city's names lead to with a region's qualifier ("Washington (state)" leads
   * to {@code Washington}): articles of regions, not of the city. Empty for other entities.
   */
  private static Set<String> regionTitles(
      Entity entity, List<String> forms, Map<String, List<LinkCandidate>> candidatesByKey) {
    Set<String> titles = new LinkedHashSet<>();
    if (entity.type() == EntityType.CITY) {
      for (String form : forms) {
        for (String key : regionKeys(form)) {
          candidatesByKey.getOrDefault(key, List.of()).forEach(c -> titles.add(c.title()));
        }
      }
    }
    return titles;
  }

  /**
   * Adds the name's candidates under its first key that has some, old titles of renamed bodies
   * replaced ({@link RenamedBodies}), and returns them (empty when no key has any).
   */
  private static List<LinkCandidate> addCandidates(
      String name,
      Map<String, List<LinkCandidate>> candidatesByKey,
      Map<String, String> renames,
      List<LinkDecider.NameCandidates> names) {
    for (String key : SurfaceForms.lookupKeys(name)) {
      List<LinkCandidate> candidates =
          RenamedBodies.renamed(candidatesByKey.getOrDefault(key, List.of()), renames);
      if (!candidates.isEmpty()) {
        names.add(new LinkDecider.NameCandidates(name, candidates));
        return candidates;
      }
    }
    return List.of();
  }

  /**
   * Whether a candidate's title has every word of the person's name: else the full name supports
   * none ({@link NameEvidence}), and its shorter form is tried ("Emmerson Dambudzo Mnangagwa" has
   * only {@code Emmerson_Mnangagwa}).
   */
  private static boolean anyTitleHasAllWords(List<LinkCandidate> candidates, String name) {
    List<String> words = NameTokens.of(name);
    for (LinkCandidate candidate : candidates) {
      if (NameTokens.of(NameTokens.mainPart(candidate.title())).containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  /** The usable names of an entity, in the order they are weighed (for diagnostics). */
  List<String> formsOf(Entity entity) {
    return surfaceForms.formsOf(entity);
  }

  /**
   * The candidates of the keys, from {@code known} (candidates already looked up in this run), the
   * link cache, or the dictionary.
   */
  private Lookups lookUp(Set<String> keys, Map<String, List<LinkCandidate>> alreadyKnown) {
    LinkCache cache = new LinkCache(cacheDir, dictionary.identity());
    Map<String, List<LinkCandidate>> known =
        new HashMap<>(alreadyKnown.isEmpty() ? cache.load() : alreadyKnown);
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      if (!known.containsKey(key)) {
        missing.add(key);
      }
    }
    int fromCache = keys.size() - missing.size();
    if (missing.isEmpty()) {
      return new Lookups(known, fromCache, false, 0, false);
    }
    long start = System.nanoTime();
    Optional<Map<String, List<LinkCandidate>>> indexed = index.lookUp(missing);
    known.putAll(indexed.orElseGet(() -> new DictionaryScanner(dictionary).scan(missing)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    cache.save(known);
    return new Lookups(known, fromCache, true, millis, indexed.isPresent());
  }

  private static Entity withTitle(Entity entity, LinkDecision decision) {
    return withTitle(entity, decision.title());
  }

  private static Entity withTitle(Entity entity, Optional<String> title) {
    return new Entity(entity.id(), entity.type(), entity.label(), entity.aliases(), title);
  }

  private record Lookups(
      Map<String, List<LinkCandidate>> candidates,
      int fromCache,
      boolean dictionaryRead,
      long millis,
      boolean fromIndex) {}
}
