package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * title of an article about something else.
 */
public final class WikidataIds {

  /** The bundled table on the classpath. */
  public static final String RESOURCE = "org/newsgraph/link/wikidata-ids.tsv.gz";

  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  /** Whom a QID of the table may be given to. */
  enum Kind {
    /** A country, territory, region or grouping: any linked entity. */
    PLACE,
    /** An organisation (brand, operator, public body): organisations only. */
    ORG
  }

  private record Item(String qid, Kind kind) {}

  private final Map<String, Item> byTitle;

  private WikidataIds(Map<String, Item> byTitle) {
    this.byTitle = Map.copyOf(byTitle);
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
   * @throws IllegalArgumentException on a malformed line or a title given twice
   */
  public static WikidataIds read(Reader in, String source) throws IOException {
    Map<String, Item> byTitle = new HashMap<>();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3
          || fields[0].isEmpty()
          || !QID.matcher(fields[1]).matches()
          || !isKind(fields[2])) {
        throw new IllegalArgumentException(
            source + " line " + number + ": expected 'title<TAB>Q123<TAB>place|org': " + line);
      }
      Item item = new Item(fields[1], Kind.valueOf(fields[2].toUpperCase(Locale.ROOT)));
      if (byTitle.put(normalise(fields[0]), item) != null) {
        throw new IllegalArgumentException(
            source + " line " + number + ": the title '" + fields[0] + "' is given twice");
      }
    }
    return new WikidataIds(byTitle);
  }

  /**
   * The QID of the item a Wikipedia article is about, when the table has the title and its kind
   * fits the entity's type.
   *
   * @param wikipediaTitle the title, with {@code _} or spaces
   * @param type the linked entity's type
   */
  public Optional<String> qid(String wikipediaTitle, EntityType type) {
    Item item = byTitle.get(normalise(wikipediaTitle));
    if (item == null || (item.kind() == Kind.ORG && type != EntityType.ORGANIZATION)) {
      return Optional.empty();
    }
    return Optional.of(item.qid());
  }

  /** How many titles the table has. */
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
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(t, Character.charCount(first), t.length())
        .toString();
  }

  private static boolean isKind(String text) {
    return text.equals("place") || text.equals("org");
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
