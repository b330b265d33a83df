package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;

/**
 * Groups name mentions that name the same entity, across documents. Joins:
 *
 * <ol>
 *   <li>the same normal form ({@link NameKey}; "region" at the end ignored);
 *   <li>a country's alternative names ("U.S." = "United States"), from the gazetteer;
 *   <li>acronyms defined in the text ("Long Name (LN)");
 *   <li>a one-word person name with the one full name in the same document (else in the corpus)
 *       whose first or last word it is ("Lobo" = "Ana Lobo"), or else with the one full name of the
 *       document of which it is an inner word ("Quesada" = "Ana Lucía Quesada Vargas"); several
 *       candidates: no join;
 *   <li>a person name with the one longer name that begins with the same word and has all its words
 *       in order ("Emmanuel Macron" = "Emmanuel Jean-Michel Frédéric Macron");
 *   <li>organisation names that differ only by a leading nation word ("Norway Coast Guard" =
 *       "Norwegian Coast Guard" = "Coast Guards") when only one nation qualifies that name in the
 *       corpus, and singular/plural variants;
 *   <li>an acronym with the one organisation name whose initials it spells, with or without the
 *       nation word ("NCG" = "Norway Coast Guard").
 * </ol>
 */
final class NameClusterer {

  private final PlaceGazetteer places;
  private final Set<NameMention> afterPlaceWord;
  private final Set<String> organizationWords =
      Set.copyOf(RuleFile.lines(OrganizationPhrases.WORDS));

  /** Words a company's full name adds to its short name ("Group"). */
  private final Set<String> companyWords =
      Set.copyOf(RuleFile.lines("org/newsgraph/resolve/company-words.txt"));

  private final NodeSets sets = new NodeSets();

  NameClusterer(PlaceGazetteer places) {
    this(places, Set.of());
  }

  /**
   * @param afterPlaceWord the mentions right after a word that introduces a place ("in", "near"),
   *     which are not taken for a company's short name
   */
  NameClusterer(PlaceGazetteer places, Set<NameMention> afterPlaceWord) {
    this.places = places;
    this.afterPlaceWord = Set.copyOf(afterPlaceWord);
  }

  /** The cluster id (a node id, stable for the input) of each mention. */
  Map<NameMention, String> cluster(
      List<NameMention> mentions, List<AcronymFinder.Definition> definitions) {
    Map<NameMention, String> nodes = new LinkedHashMap<>();
    for (NameMention mention : mentions) {
      nodes.put(mention, node(mention));
      sets.find(node(mention));
    }
    joinPlaces(nodes);
    for (AcronymFinder.Definition definition : definitions) {
      sets.union(node(definition.longName()), node(definition.acronym()));
    }
    joinPersons(nodes);
    joinQualifiedOrganizations(nodes);
    joinAcronyms(nodes);
    joinShortOrganizationNames(nodes);
    joinCompanyShortNames(nodes);
    Map<NameMention, String> clusters = new LinkedHashMap<>();
    nodes.forEach((mention, node) -> clusters.put(mention, sets.find(node)));
    return clusters;
  }

  private static boolean isSingleWordPerson(NameMention mention) {
    return mention.ner() == NerTag.PERSON
        && !ClusterKeys.personKey(mention.text()).contains(" ")
        && !Initials.isAcronym(mention.text());
  }

  private static String node(NameMention mention) {
    if (mention.ner() != NerTag.PERSON) {
      return ClusterKeys.key(mention.text());
    }
    String key = ClusterKeys.personKey(mention.text());
    return isSingleWordPerson(mention) ? "doc:" + mention.docId() + ":" + key : key;
  }

  private void joinPlaces(Map<NameMention, String> nodes) {
    for (NameMention mention : nodes.keySet()) {
      String node = nodes.get(mention);
      places.country(mention.text()).ifPresent(name -> sets.union(node, "country:" + name));
      places.territory(mention.text()).ifPresent(name -> sets.union(node, "territory:" + name));
      places.region(mention.text()).ifPresent(name -> sets.union(node, "region:" + name));
    }
  }

  private void joinPersons(Map<NameMention, String> nodes) {
    Map<String, Set<String>> fullNamesByDoc = new HashMap<>();
    Set<String> allFullNames = new TreeSet<>();
    Set<String> organizationKeys = new HashSet<>();
    for (NameMention mention : nodes.keySet()) {
      if (mention.ner() == NerTag.ORGANIZATION) {
        organizationKeys.add(mention.docId() + "\t" + nodes.get(mention));
      }
    }
    for (NameMention mention : nodes.keySet()) {
      String key = ClusterKeys.personKey(mention.text());
      boolean alsoOrganization = organizationKeys.contains(mention.docId() + "\t" + key);
      if (mention.ner() == NerTag.PERSON && key.contains(" ") && !alsoOrganization) {
        fullNamesByDoc.computeIfAbsent(mention.docId(), d -> new TreeSet<>()).add(key);
        allFullNames.add(key);
      }
    }
    Map<String, List<String>> allByEdgeWord = byEdgeWord(allFullNames);
    Map<String, List<Map.Entry<NameMention, String>>> organizationsByDoc =
        organizationsByDoc(nodes);
    for (NameMention mention : nodes.keySet()) {
      if (!isSingleWordPerson(mention)) {
        continue;
      }
      String word = ClusterKeys.personKey(mention.text());
      Set<String> docNames = fullNamesByDoc.getOrDefault(mention.docId(), Set.of());
      List<String> inDoc = namesWith(word, docNames);
      if (inDoc.isEmpty()) {
        inDoc = namesWithInnerWord(word, docNames);
      }
      List<String> candidates =
          inDoc.isEmpty() ? allByEdgeWord.getOrDefault(word, List.of()) : inDoc;
      boolean namedAsOrganization =
          namesAnOrganization(word, organizationsByDoc.getOrDefault(mention.docId(), List.of()));
      Optional<String> company =
          candidates.isEmpty() && !namedAsOrganization
              ? organizationStartingWith(
                  word, organizationsByDoc.getOrDefault(mention.docId(), List.of()))
              : Optional.empty();
      if (company.isPresent()) {
        sets.union(nodes.get(mention), company.get());
        sets.union(word, company.get());
      } else {
        sets.union(nodes.get(mention), candidates.size() == 1 ? candidates.get(0) : word);
      }
    }
    joinSurnamesOfSeveralWords(nodes, fullNamesByDoc);
    joinNamesWithoutMiddleNames(fullNamesByDoc, allFullNames);
  }

  /**
   * A person name of several words that is a longer person name without some of its middle or last
   * words, beginning with the same word, is that person when exactly one such longer name is in its
   * document (else in the corpus): "Emmanuel Macron" for "Emmanuel Jean-Michel Frédéric Macron",
   * "Ana Quesada" for "Ana Lucía Quesada Vargas" (initials and suffixes are already left out of the
   * keys: "Robert J. Carter III" is "robert carter").
   */
  private void joinNamesWithoutMiddleNames(
      Map<String, Set<String>> fullNamesByDoc, Set<String> allFullNames) {
    Map<String, List<String>> allByFirstWord = new HashMap<>();
    for (String name : allFullNames) {
      allByFirstWord.computeIfAbsent(firstWord(name), w -> new ArrayList<>()).add(name);
    }
    for (Set<String> docNames : fullNamesByDoc.values()) {
      for (String name : docNames) {
        List<String> longer = longerFormsOf(name, docNames);
        if (longer.isEmpty()) {
          longer = longerFormsOf(name, allByFirstWord.getOrDefault(firstWord(name), List.of()));
        }
        if (longer.size() == 1) {
          sets.union(name, longer.get(0));
        }
      }
    }
  }

  private static List<String> longerFormsOf(String name, Collection<String> fullNames) {
    List<String> words = List.of(name.split(" "));
    List<String> longer = new ArrayList<>();
    for (String other : fullNames) {
      List<String> otherWords = List.of(other.split(" "));
      if (otherWords.size() > words.size()
          && otherWords.get(0).equals(words.get(0))
          && isSubsequence(words, otherWords)) {
        longer.add(other);
      }
    }
    return longer;
  }

  private static boolean isSubsequence(List<String> words, List<String> of) {
    int next = 0;
    for (String word : of) {
      if (next < words.size() && words.get(next).equals(word)) {
        next++;
      }
    }
    return next == words.size();
  }

  /**
   * The full names of which the word is an inner word, not the first nor the last: the first of two
   * family names ("Quesada" for "Ana Lucía Quesada Vargas").
   */
  private static List<String> namesWithInnerWord(String word, Set<String> fullNames) {
    List<String> names = new ArrayList<>();
    for (String name : fullNames) {
      List<String> words = List.of(name.split(" "));
      if (words.size() > 2 && words.subList(1, words.size() - 1).contains(word)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * A person name of several words that ends exactly one longer person name of its document is that
   * person: "Kosiniak-Kamysz" (key "kosiniak kamysz") for "Władysław Kosiniak-Kamysz", "Maada Bio"
   * for "Julius Maada Bio".
   */
  private void joinSurnamesOfSeveralWords(
      Map<NameMention, String> nodes, Map<String, Set<String>> fullNamesByDoc) {
    for (NameMention mention : nodes.keySet()) {
      String key = ClusterKeys.personKey(mention.text());
      if (mention.ner() != NerTag.PERSON || !key.contains(" ")) {
        continue;
      }
      List<String> longer = new ArrayList<>();
      for (String name : fullNamesByDoc.getOrDefault(mention.docId(), Set.of())) {
        if (name.endsWith(" " + key)) {
          longer.add(name);
        }
      }
      if (longer.size() == 1) {
        sets.union(nodes.get(mention), longer.get(0));
      }
    }
  }

  /**
   * The organisation a one-word "person" name that matches no person stands for: the multi-word
   * organisation of the same document whose name starts with that word ("Acme" for "Acme Tools
   * Ltd", which NER often tags as a person); with several, the one the document names most often;
   * on a tie the first named if it is a company with a legal form, else none. Not asked when the
   * document names the word itself with a legal form ("Acme S.A."): it is that company.
   */
  private static Optional<String> organizationStartingWith(
      String word, List<Map.Entry<NameMention, String>> docOrganizations) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> firstAt = new HashMap<>();
    for (Map.Entry<NameMention, String> entry : docOrganizations) {
      String key = entry.getValue();
      if (key.startsWith(word + " ")) {
        counts.merge(key, 1, Integer::sum);
        firstAt.merge(key, entry.getKey().begin(), Math::min);
      }
    }
    int best = counts.values().stream().max(Integer::compare).orElse(0);
    List<String> top = counts.keySet().stream().filter(k -> counts.get(k) == best).toList();
    if (top.size() <= 1 || !companyNamedFirst(top, firstAt, docOrganizations)) {
      return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
    }
    return top.stream().min(Comparator.comparing(firstAt::get));
  }

  /**
   * Whether, of names tied by count, the first named is a company with a legal form: the subject of
   * a company's story ("Acme Foods S.A. ... its subsidiaries Acme Paraguay S.A. and Acme Europa
   * Lda."), whose short name the story then uses.
   */
  private static boolean companyNamedFirst(
      List<String> tied,
      Map<String, Integer> firstAt,
      List<Map.Entry<NameMention, String>> docOrganizations) {
    String first = tied.stream().min(Comparator.comparing(firstAt::get)).orElseThrow();
    return docOrganizations.stream()
        .anyMatch(
            e ->
                e.getKey().begin() == firstAt.get(first)
                    && e.getValue().equals(first)
                    && ClusterKeys.hasLegalForm(e.getKey().text()));
  }

  /** The organisation mentions of each document with their nodes, in the mentions' order. */
  private static Map<String, List<Map.Entry<NameMention, String>>> organizationsByDoc(
      Map<NameMention, String> nodes) {
    Map<String, List<Map.Entry<NameMention, String>>> byDoc = new HashMap<>();
    for (Map.Entry<NameMention, String> entry : nodes.entrySet()) {
      if (entry.getKey().ner() == NerTag.ORGANIZATION) {
        byDoc.computeIfAbsent(entry.getKey().docId(), d -> new ArrayList<>()).add(entry);
      }
    }
    return byDoc;
  }

  /**
   * The full names by their first and by their last word, each list in the names' order: the
   * corpus-wide candidates of {@link #namesWith} without a scan of every name per mention.
   */
  private static Map<String, List<String>> byEdgeWord(Set<String> fullNames) {
    Map<String, List<String>> byWord = new HashMap<>();
    for (String name : fullNames) {
      String[] words = name.split(" ");
      byWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(name);
      if (!words[words.length - 1].equals(words[0])) {
        byWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(name);
      }
    }
    return byWord;
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private static List<String> namesWith(String word, Set<String> fullNames) {
    List<String> names = new ArrayList<>();
    for (String name : fullNames) {
      String[] words = name.split(" ");
      if (words[0].equals(word) || words[words.length - 1].equals(word)) {
        names.add(name);
      }
    }
    return names;
  }

  private void joinQualifiedOrganizations(Map<NameMention, String> nodes) {
    Map<String, Set<String>> nationsByName = new TreeMap<>();
    Map<String, List<NameMention>> mentionsByName = new TreeMap<>();
    Set<NameMention> qualifiedMentions = new HashSet<>();
    for (NameMention mention : nodes.keySet()) {
      if (mention.ner() != NerTag.ORGANIZATION) {
        continue;
      }
      String key = ClusterKeys.key(mention.text());
      Optional<String[]> qualified = splitNation(key);
      String name = NameKey.singular(qualified.map(q -> q[1]).orElse(key));
      mentionsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(mention);
      if (qualified.isPresent()) {
        qualifiedMentions.add(mention);
        nationsByName.computeIfAbsent(name, n -> new TreeSet<>()).add(qualified.get()[0]);
      }
    }
    joinSameNationForms(nodes, qualifiedMentions);
    mentionsByName.forEach(
        (name, mentions) -> {
          if (nationsByName.getOrDefault(name, Set.of()).size() <= 1) {
            Set<String> group = new TreeSet<>();
            mentions.forEach(m -> group.add(nodes.get(m)));
            String first = group.iterator().next();
            group.forEach(node -> sets.union(first, node));
          } else {
            joinQualifiedInDocument(nodes, name, mentions, qualifiedMentions);
          }
        });
  }

  /**
   * The forms of one nation's organisation join wherever they occur: "Finnish Ministry of Defence",
   * "Finland Ministry of Defence" and "Ministry of Defence of Finland" are one body.
   */
  private void joinSameNationForms(Map<NameMention, String> nodes, Set<NameMention> qualified) {
    Map<String, String> nodeByNationAndName = new TreeMap<>();
    for (NameMention mention : qualified) {
      String[] split = splitNation(ClusterKeys.key(mention.text())).orElseThrow();
      String form = split[0] + "|" + NameKey.singular(split[1]);
      String first = nodeByNationAndName.putIfAbsent(form, nodes.get(mention));
      if (first != null) {
        sets.union(first, nodes.get(mention));
      }
    }
  }

  /**
   * For a name that several nations qualify in the corpus ("Freedonian Defence Force", "Norland
   * Defence Force"), the unqualified mentions of a document join the one qualified name of that
   * document, if there is one: each document's "the Defence Force" is its own country's.
   */
  private void joinQualifiedInDocument(
      Map<NameMention, String> nodes,
      String name,
      List<NameMention> mentions,
      Set<NameMention> qualifiedMentions) {
    Map<String, Set<String>> qualifiedByDoc = new TreeMap<>();
    Map<String, List<NameMention>> unqualifiedByDoc = new TreeMap<>();
    for (NameMention mention : mentions) {
      if (qualifiedMentions.contains(mention)) {
        qualifiedByDoc
            .computeIfAbsent(mention.docId(), d -> new TreeSet<>())
            .add(sets.find(nodes.get(mention)));
      } else {
        unqualifiedByDoc.computeIfAbsent(mention.docId(), d -> new ArrayList<>()).add(mention);
      }
    }
    unqualifiedByDoc.forEach(
        (docId, unqualified) -> {
          Set<String> qualified = qualifiedByDoc.getOrDefault(docId, Set.of());
          if (qualified.size() == 1) {
            String docNode = "doc:" + docId + ":" + name;
            unqualified.forEach(m -> nodes.put(m, docNode));
            sets.union(docNode, qualified.iterator().next());
          }
        });
  }

  /**
   * Splits a leading nation word, or a final "of (the) Country" after a name of two or more words,
   * off an organisation key: {@code [country, rest]}, e.g. "norway coast guard" gives {@code
   * [Norway, coast guard]} and "ministry of defence of finland" {@code [Finland, ministry of
   * defence]}.
   */
  private Optional<String[]> splitNation(String key) {
    String[] words = key.split(" ");
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      String prefix = String.join(" ", Arrays.copyOfRange(words, 0, n));
      Optional<String> country = places.country(prefix).or(() -> places.countryOfDemonym(prefix));
      if (country.isPresent()) {
        String rest = String.join(" ", Arrays.copyOfRange(words, n, words.length));
        return Optional.of(new String[] {country.get(), rest});
      }
    }
    for (int of = 2; of + 1 < words.length; of++) {
      if (!words[of].equals("of")) {
        continue;
      }
      int from = words[of + 1].equals("the") ? of + 2 : of + 1;
      String suffix = String.join(" ", Arrays.copyOfRange(words, from, words.length));
      Optional<String> country = suffix.isEmpty() ? Optional.empty() : places.country(suffix);
      if (country.isPresent()) {
        String rest = String.join(" ", Arrays.copyOfRange(words, 0, of));
        return Optional.of(new String[] {country.get(), rest});
      }
    }
    return Optional.empty();
  }

  /**
   * The NER types of a company's short name that NER took for something else (a name tagged as an
   * organisation is one already: "Acme Foods" beside "Acme Foods America Inc." is the parent).
   */
  private static final Set<NerTag> SHORT_NAME_GUESSES =
      Set.of(NerTag.PERSON, NerTag.CITY, NerTag.LOCATION, NerTag.STATE_OR_PROVINCE, NerTag.MISC);

  /**
   * A name that is the first words of a longer organisation name of its document, a company's short
   * name, is that organisation, whatever NER made of it: "Larkspur" (NER: a city) for "Larkspur
   * Marine Composites", "Aurora Verde" (a city and a location) for "Aurora Verde Energia S.A.".
   * With several such organisations, the one the document names most often; on a tie the first
   * named if it is a company with a legal form, else none. Not a one-word person name (see {@link
   * #joinPersons}), a name of a country, territory, region, national capital or nationality, nor a
   * name right after "in", "at", "near", "from"... (a place). The short name's mentions of that
   * document leave their corpus-wide node.
   */
  private void joinCompanyShortNames(Map<NameMention, String> nodes) {
    Map<String, List<Map.Entry<NameMention, String>>> organizationsByDoc =
        organizationsByDoc(nodes);
    Map<String, Set<String>> organizationKeysByRoot = new HashMap<>();
    for (NameMention mention : nodes.keySet()) {
      if (mention.ner() == NerTag.ORGANIZATION) {
        organizationKeysByRoot
            .computeIfAbsent(sets.find(nodes.get(mention)), r -> new HashSet<>())
            .add(ClusterKeys.key(mention.text()));
      }
    }
    Map<NameMention, String> moved = new LinkedHashMap<>();
    for (NameMention mention : nodes.keySet()) {
      if (!SHORT_NAME_GUESSES.contains(mention.ner())
          || isSingleWordPerson(mention)
          || afterPlaceWord.contains(mention)
          || isPlaceName(mention.text())) {
        continue;
      }
      String key = ClusterKeys.key(mention.text());
      List<Map.Entry<NameMention, String>> docOrganizations =
          organizationsByDoc.getOrDefault(mention.docId(), List.of());
      Set<String> organizationKeys =
          organizationKeysByRoot.getOrDefault(sets.find(nodes.get(mention)), Set.of());
      boolean joined = organizationKeys.stream().anyMatch(k -> !k.equals(key));
      if (Initials.isAcronym(mention.text())
          || joined
          || namesAnOrganization(key, docOrganizations)) {
        continue;
      }
      Optional<String> company = organizationStartingWith(key, docOrganizations);
      boolean named =
          company.isPresent()
              && !holdsOrganizationWord(company.get().substring(key.length()))
              && !sets.find(nodes.get(mention)).equals(sets.find(company.get()));
      if (named) {
        moved.put(mention, company.get());
      }
    }
    moved.forEach(
        (mention, target) -> {
          String docNode = "doc:" + mention.docId() + ":" + ClusterKeys.key(mention.text());
          nodes.put(mention, docNode);
          sets.union(docNode, target);
        });
  }

  /**
   * Whether the document names a company whose full name is the name with a legal form ("Acme S.A."
   * for "Acme"): the name is then that company, not the short name of a longer one ("Acme Iberia",
   * a subsidiary). A name NER tags as an organisation without a legal form may still be a short
   * name ("Acme" for "Acme Data, Inc.").
   */
  private static boolean namesAnOrganization(
      String key, List<Map.Entry<NameMention, String>> docOrganizations) {
    return docOrganizations.stream()
        .anyMatch(e -> e.getValue().equals(key) && ClusterKeys.hasLegalForm(e.getKey().text()));
  }

  /** Whether the words hold an organisation word ("town council", "university"). */
  private boolean holdsOrganizationWord(String words) {
    for (String word : words.strip().split(" ")) {
      if (organizationWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean isPlaceName(String text) {
    return places.country(text).isPresent()
        || places.countryOfDemonym(text).isPresent()
        || places.territory(text).isPresent()
        || places.region(text).isPresent()
        || places.countryOfCapital(text).isPresent();
  }

  /** Words after which a longer organisation name goes on to say what or where the body is. */
  private static final List<String> QUALIFYING_WORDS = List.of(" for ", " of ", " on ");

  /**
   * An organisation name of two or more words that starts or ends exactly one longer organisation
   * name of its document is that organisation, when the longer name adds a phrase with "for", "of"
   * or "on" ("Acme Institute" for "Acme Institute for Coastal Research") or an acronym before it
   * ("Parliamentary Assembly" for "FTO Parliamentary Assembly"). The short name's mentions of that
   * document leave their corpus-wide node, as other documents may mean another body.
   */
  private void joinShortOrganizationNames(Map<NameMention, String> nodes) {
    Map<String, Map<String, NameMention>> organizationsByDoc = new TreeMap<>();
    for (NameMention mention : nodes.keySet()) {
      if (mention.ner() == NerTag.ORGANIZATION) {
        organizationsByDoc
            .computeIfAbsent(mention.docId(), d -> new TreeMap<>())
            .putIfAbsent(ClusterKeys.key(mention.text()), mention);
      }
    }
    Map<NameMention, String> moved = new LinkedHashMap<>();
    for (NameMention mention : nodes.keySet()) {
      String key = ClusterKeys.key(mention.text());
      if (mention.ner() != NerTag.ORGANIZATION || !key.contains(" ")) {
        continue;
      }
      Map<String, NameMention> inDoc = organizationsByDoc.get(mention.docId());
      Set<String> longer = new TreeSet<>();
      inDoc.forEach(
          (other, otherMention) -> {
            if (qualifies(other, key, otherMention) || companyTail(other, key)) {
              longer.add(sets.find(nodes.get(otherMention)));
            }
          });
      longer.remove(sets.find(nodes.get(mention)));
      if (longer.size() == 1) {
        moved.put(mention, longer.iterator().next());
      }
    }
    moved.forEach(
        (mention, target) -> {
          String docNode = "doc:" + mention.docId() + ":" + ClusterKeys.key(mention.text());
          nodes.put(mention, docNode);
          sets.union(docNode, target);
        });
  }

  /**
   * Whether the longer name is the short name with company words after it ("Acme Utilities" of
   * "Acme Utilities Group", company-words.txt), a company's full name beside the short one its text
   * goes on with. A longer name that adds other words may be another body ("Acme Foods America
   * Inc.", a subsidiary; "Acme Security Alliance" beside a business unit "Acme Security").
   */
  private boolean companyTail(String longer, String key) {
    return longer.startsWith(key + " ")
        && List.of(longer.substring(key.length() + 1).split(" ")).stream()
            .allMatch(companyWords::contains);
  }

  /** Whether the longer key adds a qualifying phrase after the key or an acronym before it. */
  private static boolean qualifies(String longer, String key, NameMention longerMention) {
    if (QUALIFYING_WORDS.stream().anyMatch(w -> longer.startsWith(key + w))) {
      return true;
    }
    if (!longer.endsWith(" " + key)) {
      return false;
    }
    String prefix = longer.substring(0, longer.length() - key.length() - 1);
    String firstWord = longerMention.text().strip().split("\\s+")[0];
    return !prefix.contains(" ") && Initials.isAcronym(firstWord);
  }

  private void joinAcronyms(Map<NameMention, String> nodes) {
    Map<String, Set<String>> rootsByInitials = new HashMap<>();
    for (NameMention mention : nodes.keySet()) {
      String key = ClusterKeys.key(mention.text());
      if (mention.ner() == NerTag.PERSON || !key.contains(" ")) {
        continue;
      }
      String root = sets.find(nodes.get(mention));
      rootsByInitials.computeIfAbsent(Initials.of(key), i -> new HashSet<>()).add(root);
      splitNation(key)
          .ifPresent(
              q ->
                  rootsByInitials
                      .computeIfAbsent(Initials.of(q[1]), i -> new HashSet<>())
                      .add(root));
    }
    for (NameMention mention : nodes.keySet()) {
      if (!Initials.isAcronym(mention.text())) {
        continue;
      }
      Set<String> roots = rootsByInitials.getOrDefault(Initials.letters(mention.text()), Set.of());
      if (roots.size() == 1) {
        sets.union(nodes.get(mention), roots.iterator().next());
      }
    }
  }
}
