package org.newsgraph.link.kb;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.link.WikiDictionaryIndex;

/**
 * Builds a {@link KnowledgeBase} from English Wikipedia's dump files and, optionally, a Wikidata
 * JSON dump. The dumps are streamed once each; their rows are joined by sorting on disk ({@link
 * LineSorter}): first by page id (pages, their Wikidata item and disambiguation flag, their
 * redirect target), then by title (an article, the redirects to it, the Wikidata labels of its
 * item), then by surface form (the articles each name may mean, scored by {@link SurfaceWeights}).
 * Memory stays bounded by the sort's in-memory limit.
 *
 * <p>Everything is written to a temporary folder next to the output folder, which replaces the
 * output folder only when it is complete: a bad or truncated dump ({@link BadDumpException}) or any
 * other failure leaves the previous knowledge base as it was.
 */
public final class KnowledgeBaseBuilder {

  /** Lines each sort holds in memory before it writes a run to disk (about 100 MB of heap). */
  static final int DEFAULT_SORT_LINES = 500_000;

  private static final Pattern QUALIFIED = Pattern.compile("^(.+) \\(([^()]+)\\)$");

  /**
   * Tags that order the rows of one key in the sort files: by page id, the page row (a), its
   * properties (b), its redirect target (c); by title, the article (a), the redirects to it (b),
   * its Wikidata names (c).
   */
  private static final String TAG_A = "a";

  private static final String TAG_B = "b";
  private static final String TAG_C = "c";

  private final PrintStream err;
  private final LongSupplier nanos;
  private final int sortLines;

  /**
   * What was built.
   *
   * @param folder the knowledge base's folder
   * @param articles articles kept (not redirects, not disambiguation pages)
   * @param redirects redirects kept (to a kept article)
   * @param disambiguations disambiguation pages left out
   * @param surfaces distinct surface forms
   * @param dictionaryLines lines of the dictionary
   * @param qids articles with a Wikidata QID
   * @param millis time taken
   */
  public record Result(
      Path folder,
      long articles,
      long redirects,
      long disambiguations,
      long surfaces,
      long dictionaryLines,
      long qids,
      long millis) {}

  /** A builder that reports its progress on {@code err}. */
  public KnowledgeBaseBuilder(PrintStream err) {
    this(err, System::nanoTime, DEFAULT_SORT_LINES);
  }

  KnowledgeBaseBuilder(PrintStream err, LongSupplier nanos, int sortLines) {
    this.err = err;
    this.nanos = nanos;
    this.sortLines = sortLines;
  }

  /**
   * Builds the knowledge base of the dumps into {@code output}, replacing the one there.
   *
   * @param dumps the dump files (see {@link DumpFiles} for how they are told apart)
   * @param output the knowledge base's folder: new, empty, or an earlier knowledge base
   * @throws IllegalArgumentException when the files or the output folder cannot be used
   * @throws BadDumpException when a dump is not what its name says, or is truncated
   * @throws IOException when reading or writing fails
   */
  public Result build(List<Path> dumps, Path output) throws IOException {
    DumpFiles files = DumpFiles.of(dumps);
    Path target = output.toAbsolutePath().normalize();
    checkTarget(target);
    Files.createDirectories(target.getParent());
    long total = 0;
    for (Path file : files.all()) {
      total += Files.size(file);
    }
    Progress progress = new Progress(err, nanos, total);
    Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
    readableByAll(temp);
    boolean moved = false;
    try {
      Result result = buildInto(temp, files, progress);
      replace(target, temp);
      moved = true;
      Result done =
          new Result(
              target,
              result.articles(),
              result.redirects(),
              result.disambiguations(),
              result.surfaces(),
              result.dictionaryLines(),
              result.qids(),
              progress.elapsedNanos() / 1_000_000);
      progress.message("done in " + Progress.duration(progress.elapsedNanos()) + ": " + target);
      return done;
    } finally {
      if (!moved) {
        deleteTree(temp);
      }
    }
  }

  private static void checkTarget(Path target) throws IOException {
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new IllegalArgumentException(target + " exists and is not a folder");
      }
      boolean empty;
      try (Stream<Path> entries = Files.list(target)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !Files.exists(target.resolve(KnowledgeBase.MANIFEST))) {
        throw new IllegalArgumentException(
            target
                + " is a folder with other files in it, not a knowledge base; give a new or empty"
                + " folder to --output");
      }
    }
  }

  private Result buildInto(Path folder, DumpFiles files, Progress progress) throws IOException {
    Path sortFolder = Files.createDirectory(folder.resolve("sort"));
    Counts counts = new Counts();
    try (LineSorter byId = new LineSorter(sortFolder, "by-id", sortLines);
        LineSorter byTitle = new LineSorter(sortFolder, "by-title", sortLines);
        LineSorter bySurface = new LineSorter(sortFolder, "by-surface", sortLines)) {
      readPages(files.page(), byId, progress);
      if (files.pageProps().isPresent()) {
        readPageProps(files.pageProps().get(), byId, progress);
      }
      if (files.redirect().isPresent()) {
        readRedirects(files.redirect().get(), byId, progress);
      }
      if (files.wikidata().isPresent()) {
        readWikidata(files.wikidata().get(), byTitle, progress);
      }
      progress.message("joining pages, properties and redirects by page id (sorting on disk)…");
      joinById(byId.sorted(), byTitle, progress.step("joining by page id", byId.count()));
      byId.close();
      progress.message("joining articles, redirects and Wikidata names by title…");
      try (Writer qids = gzipWriter(folder.resolve(KnowledgeBase.QIDS))) {
        joinByTitle(
            byTitle.sorted(),
            bySurface,
            qids,
            counts,
            progress.step("joining by title", byTitle.count()));
      }
      byTitle.close();
      progress.message("scoring " + bySurface.count() + " names and writing the dictionary…");
      try (Writer dictionary = gzipWriter(folder.resolve(KnowledgeBase.DICTIONARY))) {
        writeDictionary(
            bySurface.sorted(),
            dictionary,
            counts,
            progress.step("scoring names", bySurface.count()));
      }
    }
    deleteTree(sortFolder);
    String id = UUID.randomUUID().toString();
    writeManifest(folder, id, files, counts);
    progress.message("indexing the dictionary (" + counts.dictionaryLines + " lines)…");
    String identity = KnowledgeBase.identity(id);
    new WikiDictionaryIndex(folder, KnowledgeBase.dictionary(folder, identity)).build();
    Path qidFolder = Files.createDirectory(folder.resolve(KnowledgeBase.QIDS_FOLDER));
    new WikiDictionaryIndex(qidFolder, KnowledgeBase.qidTable(folder, identity)).build();
    return new Result(
        folder,
        counts.articles,
        counts.redirects,
        counts.disambiguations,
        counts.surfaces,
        counts.dictionaryLines,
        counts.qids,
        0);
  }

  private static void readPages(Path file, LineSorter byId, Progress progress) throws IOException {
    long size = Files.size(file);
    try (InputStream in = DumpInput.open(file, progress.reading(file, size))) {
      new SqlDumpReader(
              file,
              in,
              "page",
              List.of("page_id", "page_namespace", "page_title", "page_is_redirect"))
          .read(
              row -> {
                if ("0".equals(row[1]) && clean(row[2])) {
                  byId.add(pageId(file, row[0]) + "\t" + TAG_A + "\t" + row[2] + "\t" + row[3]);
                }
              });
    }
    progress.finished(file, size);
  }

  private static void readPageProps(Path file, LineSorter byId, Progress progress)
      throws IOException {
    long size = Files.size(file);
    try (InputStream in = DumpInput.open(file, progress.reading(file, size))) {
      new SqlDumpReader(file, in, "page_props", List.of("pp_page", "pp_propname", "pp_value"))
          .read(
              row -> {
                if ("wikibase_item".equals(row[1])
                    && row[2] != null
                    && row[2].matches("Q[1-9][0-9]*")) {
                  byId.add(pageId(file, row[0]) + "\t" + TAG_B + "\tqid\t" + row[2]);
                } else if ("disambiguation".equals(row[1])) {
                  byId.add(pageId(file, row[0]) + "\t" + TAG_B + "\tdisambiguation\t");
                }
              });
    }
    progress.finished(file, size);
  }

  private static void readRedirects(Path file, LineSorter byId, Progress progress)
      throws IOException {
    long size = Files.size(file);
    try (InputStream in = DumpInput.open(file, progress.reading(file, size))) {
      new SqlDumpReader(
              file, in, "redirect", List.of("rd_from", "rd_namespace", "rd_title", "rd_interwiki"))
          .read(
              row -> {
                if ("0".equals(row[1]) && (row[3] == null || row[3].isEmpty()) && clean(row[2])) {
                  byId.add(pageId(file, row[0]) + "\t" + TAG_C + "\t" + row[2]);
                }
              });
    }
    progress.finished(file, size);
  }

  private static void readWikidata(Path file, LineSorter byTitle, Progress progress)
      throws IOException {
    long size = Files.size(file);
    try (InputStream in = DumpInput.open(file, progress.reading(file, size))) {
      new WikidataJsonReader(file, in)
          .read(
              item -> {
                String title = item.enwikiTitle().replace(' ', '_');
                if (!clean(title)) {
                  return;
                }
                String prefix = title + "\t" + TAG_C + "\t" + item.qid() + "\t";
                if (item.label() != null && clean(item.label())) {
                  byTitle.add(prefix + SurfaceWeights.KIND_LABEL + "\t" + item.label());
                }
                for (String alias : item.aliases()) {
                  if (clean(alias)) {
                    byTitle.add(prefix + SurfaceWeights.KIND_ALIAS + "\t" + alias);
                  }
                }
              });
    }
    progress.finished(file, size);
  }

  /**
   * Groups the rows of each page: its page row (tag a), properties (b), redirect target (c). An
   * article goes on as {@code title a qid disambiguation}, a redirect as {@code target b source}.
   */
  private static void joinById(
      Iterator<String> lines, LineSorter byTitle, Progress.FileCounter step) throws IOException {
    Groups groups = new Groups(lines);
    while (groups.hasNext()) {
      List<String[]> group = groups.next();
      step.add(group.size());
      String[] page = null;
      String qid = "";
      boolean disambiguation = false;
      String target = null;
      for (String[] row : group) {
        switch (row[1]) {
          case TAG_A -> page = row;
          case TAG_B -> {
            if (row[2].equals("qid")) {
              qid = row[3];
            } else {
              disambiguation = true;
            }
          }
          default -> target = row[2];
        }
      }
      if (page == null) {
        continue;
      }
      if (!"1".equals(page[3])) {
        byTitle.add(page[2] + "\t" + TAG_A + "\t" + qid + "\t" + (disambiguation ? "1" : "0"));
      } else if (target != null && !target.equals(page[2])) {
        byTitle.add(target + "\t" + TAG_B + "\t" + page[2]);
      }
    }
  }

  /**
   * Groups the rows of each title: the article (a), the redirects to it (b), its Wikidata names
   * (c). A title that is no article (a redirect to a missing page or to another redirect) or is a
   * disambiguation page gives nothing; an article gives its names, and its QID (from page_props,
   * else from Wikidata).
   */
  private static void joinByTitle(
      Iterator<String> lines,
      LineSorter bySurface,
      Writer qids,
      Counts counts,
      Progress.FileCounter step)
      throws IOException {
    Groups groups = new Groups(lines);
    while (groups.hasNext()) {
      List<String[]> group = groups.next();
      step.add(group.size());
      String[] first = group.get(0);
      if (!first[1].equals(TAG_A)) {
        continue;
      }
      String title = first[0];
      if (first[3].equals("1")) {
        counts.disambiguations++;
        continue;
      }
      counts.articles++;
      String qid = first[2];
      String text = title.replace('_', ' ');
      if (!isCommonNoun(text, group)) {
        addSurface(bySurface, text, title, SurfaceWeights.KIND_TITLE);
        Matcher qualified = QUALIFIED.matcher(text);
        if (qualified.matches()) {
          addSurface(bySurface, qualified.group(1), title, SurfaceWeights.KIND_QUALIFIED);
        }
      }
      for (String[] row : group.subList(1, group.size())) {
        if (row[1].equals(TAG_B)) {
          counts.redirects++;
          addSurface(bySurface, row[2].replace('_', ' '), title, SurfaceWeights.KIND_REDIRECT);
        } else if (row[1].equals(TAG_C)) {
          if (qid.isEmpty()) {
            qid = row[2];
          }
          addSurface(bySurface, row[4], title, row[3]);
        }
      }
      if (!qid.isEmpty()) {
        counts.qids++;
        qids.write(title + "\t" + qid + "\t1\n");
      }
    }
  }

  /**
   * Whether the article is about a common noun: its Wikidata item's English label is its title with
   * the first letter in lower case ("west" for "West"). MediaWiki writes every title with a capital
   * first letter, so only the label tells that the capitalised title is no name; such a title gives
   * no name of its own (its redirects and Wikidata names still do).
   */
  private static boolean isCommonNoun(String text, List<String[]> group) {
    for (String[] row : group) {
      if (row[1].equals(TAG_C) && row[3].equals(SurfaceWeights.KIND_LABEL)) {
        String label = row[4];
        if (!label.isEmpty()
            && Character.isLowerCase(label.codePointAt(0))
            && label.equals(lowerFirst(text))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lowerFirst(String text) {
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toLowerCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  private static void addSurface(LineSorter bySurface, String surface, String title, String kind)
      throws IOException {
    String name = surface.strip();
    if (!name.isEmpty()) {
      bySurface.add(name + "\t" + title + "\t" + kind);
    }
  }

  /** Writes each surface's articles, most probable first. */
  private static void writeDictionary(
      Iterator<String> lines, Writer out, Counts counts, Progress.FileCounter step)
      throws IOException {
    Groups groups = new Groups(lines);
    while (groups.hasNext()) {
      List<String[]> group = groups.next();
      step.add(group.size());
      String surface = group.get(0)[0];
      counts.surfaces++;
      List<Map.Entry<String, Double>> ranked =
          new ArrayList<>(SurfaceWeights.probabilities(group).entrySet());
      ranked.sort(
          Map.Entry.<String, Double>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      for (Map.Entry<String, Double> entry : ranked) {
        counts.dictionaryLines++;
        out.write(
            surface
                + "\t"
                + entry.getKey()
                + "\t"
                + String.format(Locale.ROOT, "%.4f", entry.getValue())
                + "\n");
      }
    }
  }

  private static void writeManifest(Path folder, String id, DumpFiles files, Counts counts)
      throws IOException {
    Properties manifest = new Properties();
    manifest.setProperty("format", KnowledgeBase.FORMAT);
    manifest.setProperty("id", id);
    manifest.setProperty("created", Instant.now().toString());
    int n = 0;
    for (Path file : files.all()) {
      manifest.setProperty(
          "source." + n++, file.getFileName() + " (" + Files.size(file) + " bytes)");
    }
    manifest.setProperty("articles", Long.toString(counts.articles));
    manifest.setProperty("redirects", Long.toString(counts.redirects));
    manifest.setProperty("disambiguationPages", Long.toString(counts.disambiguations));
    manifest.setProperty("surfaces", Long.toString(counts.surfaces));
    manifest.setProperty("dictionaryLines", Long.toString(counts.dictionaryLines));
    manifest.setProperty("qids", Long.toString(counts.qids));
    try (Writer out =
        Files.newBufferedWriter(folder.resolve(KnowledgeBase.MANIFEST), StandardCharsets.UTF_8)) {
      manifest.store(out, "newsgraph knowledge base (newsgraph kb index)");
    }
  }

  /** A page id padded to ten digits, so that text order is number order. */
  private static String pageId(Path file, String id) {
    if (id == null
        || id.isEmpty()
        || id.length() > 10
        || !id.chars().allMatch(Character::isDigit)) {
      throw new BadDumpException(file, "has a row whose page id is not a number: " + id);
    }
    return "0".repeat(10 - id.length()) + id;
  }

  /** Whether a title or name has no control characters (tabs and line ends break the files). */
  private static boolean clean(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < 0x20) {
        return false;
      }
    }
    return true;
  }

  private static Writer gzipWriter(Path file) throws IOException {
    return new OutputStreamWriter(
        new GZIPOutputStream(
            new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16),
        StandardCharsets.UTF_8);
  }

  /** Moves the new folder into place, then removes the old one. */
  private static void replace(Path target, Path built) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      move(target, old);
    }
    try {
      move(built, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Temporary folders are private to their owner; the knowledge base is not. */
  private static void readableByAll(Path folder) throws IOException {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Counts for the result and the manifest. */
  private static final class Counts {
    long articles;
    long redirects;
    long disambiguations;
    long surfaces;
    long dictionaryLines;
    long qids;
  }
}
