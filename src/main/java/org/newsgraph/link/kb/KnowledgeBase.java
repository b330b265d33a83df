package org.newsgraph.link.kb;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Properties;
import org.newsgraph.link.WikiDictionary;
import org.newsgraph.link.WikiDictionaryIndex;
import org.newsgraph.link.WikidataIds;

/**
 * A knowledge base made by {@link KnowledgeBaseBuilder} ({@code newsgraph kb index}), opened for
 * linking. Its folder holds:
 *
 * <ul>
 *   <li>{@value #MANIFEST}: format, build id, date, the dumps it was made from, counts;
 *   <li>{@value #DICTIONARY}: the surface-form dictionary, in the format of {@link WikiDictionary}
 *       ({@code surface<TAB>Title<TAB>P(title | surface)}), with its {@link WikiDictionaryIndex} in
 *       {@value WikiDictionaryIndex#FOLDER}/;
 *   <li>{@value #QIDS}: {@code Title<TAB>QID<TAB>1} for every article with a Wikidata item, in the
 *       same format, with its index in {@value #QIDS_FOLDER}/{@value WikiDictionaryIndex#FOLDER}/.
 * </ul>
 *
 * <p>Opening reads only the manifest; the big files are looked up through their indexes.
 */
public final class KnowledgeBase {

  /** The manifest's file name. */
  public static final String MANIFEST = "kb.properties";

  /** The dictionary's file name. */
  public static final String DICTIONARY = "wikidict.tab.gz";

  /** The QID table's file name. */
  public static final String QIDS = "qids.tab.gz";

  /** The folder of the QID table's index. */
  public static final String QIDS_FOLDER = "qids";

  /** The manifest format this version writes and reads. */
  static final String FORMAT = "1";

  private final Path folder;
  private final Properties manifest;

  private KnowledgeBase(Path folder, Properties manifest) {
    this.folder = folder;
    this.manifest = manifest;
  }

  /**
   * Opens the knowledge base in a folder.
   *
   * @throws IllegalArgumentException naming the folder when it is not a complete knowledge base of
   *     this format
   * @throws IOException when the manifest cannot be read
   */
  public static KnowledgeBase open(Path folder) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    Properties manifest = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      manifest.load(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          dir
              + " is not a knowledge base (it has no "
              + MANIFEST
              + "); make one with 'newsgraph kb index --from DUMP... --output "
              + folder
              + "'",
          e);
    }
    if (!FORMAT.equals(manifest.getProperty("format")) || manifest.getProperty("id") == null) {
      throw new IllegalArgumentException(
          dir
              + " is a knowledge base of another format ("
              + manifest.getProperty("format")
              + "); make it again with 'newsgraph kb index'");
    }
    for (String file : new String[] {DICTIONARY, QIDS}) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        throw new IllegalArgumentException(
            dir + " is not a complete knowledge base: " + file + " is missing; make it again");
      }
    }
    return new KnowledgeBase(dir, manifest);
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /** A text that changes whenever the knowledge base is made again (its build id). */
  public String identity() {
    return identity(manifest.getProperty("id"));
  }

  static String identity(String id) {
    return "kb:" + id;
  }

  /** A manifest entry ("created", "articles", "redirects", ...), or null. */
  public String property(String key) {
    return manifest.getProperty(key);
  }

  /** The surface-form dictionary, for {@link org.newsgraph.link.WikipediaLinker}. */
  public WikiDictionary dictionary() {
    return dictionary(folder, identity());
  }

  /** The folder whose {@value WikiDictionaryIndex#FOLDER} holds the dictionary's index. */
  public Path indexFolder() {
    return folder;
  }

  /**
   * The QIDs of these titles from the knowledge base's table; a title it lacks is asked of {@code
   * fallback}.
   */
  public WikidataIds wikidataIds(Collection<String> titles, WikidataIds fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return WikidataIds.fromTable(
        qidTable(folder, identity()), folder.resolve(QIDS_FOLDER), titles, fallback);
  }

  static WikiDictionary dictionary(Path folder, String identity) {
    return WikiDictionary.withCurrentTitles(
        WikiDictionary.fromFile(folder.resolve(DICTIONARY), identity));
  }

  static WikiDictionary qidTable(Path folder, String identity) {
    return WikiDictionary.fromFile(folder.resolve(QIDS), identity + ";qids");
  }

  @Override
  public String toString() {
    return folder.toString();
  }
}
