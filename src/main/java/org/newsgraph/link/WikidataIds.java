package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newsgraph.resolve.EntityType;

/**
 * The Wikidata item (QID) of English Wikipedia titles, from a table shipped with the program
 * ({@value #RESOURCE}, made by {@code scripts/data/wikidata_ids.py} from country-coder and
 * name-suggestion-index; see docs/linking.md). Nothing is downloaded.
 *
 * <p>The table's lines are {@code title<TAB>QID<TAB>kind}; {@code #} starts a comment line. A
 * {@code place} QID (a country, territory, region or grouping) holds for any linked entity; an
 * {@code org} QID only for an organisation, since a brand or operator may share its name with the
 * title of an article about something else. A title may have two lines, a {@code place} and an
 * {@code org} one, when a country and an organisation share its name ("Iceland", the country and a
 * supermarket chain): then an organisation gets the {@code org} QID, a country, city or place the
 * {@code place} QID, and a person neither. An organisation linked to a title with only a {@code
 * place} QID (the European Union) gets that QID.
 */
public final class WikidataIds {

  /** The bundled table on the classpath. */
  public static final String RESOURCE = "org/newsgraph/link/wikidata-ids.tsv.gz";

  /** Whom a QID of the table may be given to. */
  enum Kind {
    /**
     * A country, territory, region or grouping: any linked entity, but not an organisation or a
     * person when the title also has an {@link #ORG} QID.
     */
    PLACE,
    /** An organisation (brand, operator, public body): organisations only. */
    ORG,
    /**
     * The item of the article itself (from Wikipedia's own {@code page_props} in a knowledge base
     * made by {@code newsgraph kb index}): any linked entity.
     */
    ITEM
  }

  private record Item(String qid, Kind kind) {}

  /**
   * The QIDs of one title: {@code any} of kind {@code place} or {@code item}, {@code org} of kind
   * {@code org}; either may be null, not both.
   */
  private record Ids(Item any, Item org) {

    /** These and {@code item}, or null when the title already has a QID of its kind. */
    Ids with(Item item) {
      if (item.kind() == Kind.ORG) {
        return org == null ? new Ids(any, item) : null;
      }
      return any == null ? new Ids(item, org) : null;
    }
  }

  private final Map<String, Ids> byTitle;
  private final WikidataIds fallback;

  /** Takes over the map, which nobody else holds and nothing changes afterwards. */
  private WikidataIds(Map<String, Ids> byTitle) {
    this(byTitle, null);
  }

  private WikidataIds(Map<String, Ids> byTitle, WikidataIds fallback) {
    this.byTitle = byTitle;
    this.fallback = fallback;
  }

  /**
   * The QIDs of some titles from a knowledge-base table ({@code title<TAB>QID<TAB>1} lines, the
   * format of a {@link WikiDictionary}), looked up in the table's {@link WikiDictionaryIndex} in
   * {@code indexDir} when it is usable, else by streaming the table once. Each QID is the item of
   * the article itself, so it holds for any linked entity.
   *
   * @param table the table
   * @param indexDir the folder whose {@value WikiDictionaryIndex#FOLDER} subfolder has its index
   * @param titles the titles wanted (with {@code _} for spaces, as the linker gives them)
   * @param fallback asked for the titles the table does not have
   */
  public static WikidataIds fromTable(
      WikiDictionary table, Path indexDir, Collection<String> titles, WikidataIds fallback) {
    List<String> keys = titles.stream().map(WikidataIds::normalise).distinct().toList();
    Map<String, List<LinkCandidate>> found =
        new WikiDictionaryIndex(indexDir, table)
            .lookUp(keys)
            .orElseGet(() -> new DictionaryScanner(table).scan(keys));
    Map<String, Ids> byTitle = new HashMap<>();
    found.forEach(
        (title, candidates) -> {
          if (!candidates.isEmpty() && isQid(candidates.get(0).title())) {
            byTitle.put(title, new Ids(new Item(candidates.get(0).title(), Kind.ITEM), null));
          }
        });
    return new WikidataIds(byTitle, Objects.requireNonNull(fallback, "fallback"));
  }

  /** The bundled table, read once per JVM, when first asked for. */
  public static WikidataIds bundled() {
    return Bundled.IDS;
  }

  /**
   * Reads a table.
   *
   * @param in the table's text
   * @param source the table's name, for error messages
   * @throws IllegalArgumentException on a malformed line, or a title given twice with the same
   *     kind, or with {@code place} and {@code item}
   */
  public static WikidataIds read(Reader in, String source) throws IOException {
    Map<String, Ids> byTitle = new HashMap<>(1 << 16);
    BufferedReader lines = new BufferedReader(in, 1 << 16);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
        continue;
      }
      int tab1 = line.indexOf('\t');
      int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
      Kind kind = tab2 < 0 ? null : kind(line.substring(tab2 + 1));
      if (tab1 <= 0 || kind == null || !isQid(line, tab1 + 1, tab2)) {
        throw new IllegalArgumentException(
            source + " line " + number + ": expected 'title<TAB>Q123<TAB>place|org|item': " + line);
      }
      String title = line.substring(0, tab1);
      Item item = new Item(line.substring(tab1 + 1, tab2), kind);
      Ids ids = byTitle.getOrDefault(normalise(title), new Ids(null, null)).with(item);
      if (ids == null) {
        throw new IllegalArgumentException(
            source
                + " line "
                + number
                + ": the title '"
                + title
                + "' is given twice (only a place and an org line may share a title)");
      }
      byTitle.put(normalise(title), ids);
    }
    return new WikidataIds(byTitle);
  }

  /**
   * The QID of the item a Wikipedia article is about, when the table has the title and its kind
   * fits the entity's type: for an organisation the title's {@code org} QID, else its {@code place}
   * one; for a country, city or place its {@code place} QID; for a person its {@code place} QID
   * only when the title has no {@code org} QID (a title both kinds claim is left alone). An {@code
   * item} QID counts as a {@code place} one.
   *
   * @param wikipediaTitle the title, with {@code _} or spaces
   * @param type the linked entity's type
   */
  public Optional<String> qid(String wikipediaTitle, EntityType type) {
    Ids ids = byTitle.get(normalise(wikipediaTitle));
    if (ids == null) {
      return fallback == null ? Optional.empty() : fallback.qid(wikipediaTitle, type);
    }
    Item item;
    if (type == EntityType.ORGANIZATION) {
      item = ids.org() != null ? ids.org() : ids.any();
    } else if (type == EntityType.PERSON && ids.org() != null) {
      item = null;
    } else {
      item = ids.any();
    }
    return Optional.ofNullable(item).map(Item::qid);
  }

  /** How many titles the table has (a title with a {@code place} and an {@code org} QID once). */
  public int size() {
    return byTitle.size();
  }

  /** MediaWiki's form of a title: {@code _} for spaces, the first letter in upper case. */
  private static String normalise(String title) {
    String t = title.strip().replace(' ', '_');
    if (t.isEmpty()) {
      return t;
    }
    int first = t.codePointAt(0);
    if (Character.toUpperCase(first) == first) {
      return t;
    }
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(t, Character.charCount(first), t.length())
        .toString();
  }

  private static Kind kind(String text) {
    return switch (text) {
      case "place" -> Kind.PLACE;
      case "org" -> Kind.ORG;
      case "item" -> Kind.ITEM;
      default -> null;
    };
  }

  private static boolean isQid(String text) {
    return isQid(text, 0, text.length());
  }

  /** Whether {@code text[begin, end)} is {@code Q} and a number without leading zero. */
  private static boolean isQid(String text, int begin, int end) {
    if (end - begin < 2 || text.charAt(begin) != 'Q' || text.charAt(begin + 1) == '0') {
      return false;
    }
    for (int i = begin + 1; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static WikidataIds loadBundled() {
    InputStream raw = WikidataIds.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException(
          "The Wikidata table " + RESOURCE + " is missing from the classpath: rebuild newsgraph");
    }
    try (Reader in =
        new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Wikidata table " + RESOURCE, e);
    }
  }

  /** Holds the bundled table; the JVM loads this class, and so reads the table, on first use. */
  private static final class Bundled {
    static final WikidataIds IDS = loadBundled();
  }
}
