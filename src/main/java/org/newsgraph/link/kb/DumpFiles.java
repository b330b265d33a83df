package org.newsgraph.link.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which dump file is which, told by its name as Wikimedia gives it: {@code *-page.sql.gz}, {@code
 * *-redirect.sql.gz}, {@code *-page_props.sql.gz} (or the same without {@code .gz}), and a Wikidata
 * JSON dump ({@code *.json.gz}, {@code *.json}, {@code *.jsonl.gz}, {@code *.ndjson.gz}).
 *
 * @param page the page table (required)
 * @param redirect the redirect table
 * @param pageProps the page_props table
 * @param wikidata the Wikidata JSON dump
 */
record DumpFiles(
    Path page, Optional<Path> redirect, Optional<Path> pageProps, Optional<Path> wikidata) {

  /**
   * Sorts the files by kind.
   *
   * @throws IllegalArgumentException naming the file when one is missing, unreadable, of no known
   *     kind or given twice, or when there is no page dump
   */
  static DumpFiles of(List<Path> files) {
    Path page = null;
    Path redirect = null;
    Path props = null;
    Path wikidata = null;
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new IllegalArgumentException(file + ": no such readable file");
      }
      String name = file.getFileName().toString();
      String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
      if (base.endsWith("page_props.sql")) {
        props = once(props, file);
      } else if (base.endsWith("redirect.sql")) {
        redirect = once(redirect, file);
      } else if (base.endsWith("page.sql")) {
        page = once(page, file);
      } else if (base.endsWith(".json") || base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
        wikidata = once(wikidata, file);
      } else {
        throw new IllegalArgumentException(
            file
                + ": not a dump newsgraph knows; give enwiki-*-page.sql.gz, -redirect.sql.gz,"
                + " -page_props.sql.gz and optionally a Wikidata JSON dump (*.json.gz)");
      }
    }
    if (page == null) {
      throw new IllegalArgumentException(
          "no page dump (enwiki-*-page.sql.gz) among the files: it is the one that is required");
    }
    return new DumpFiles(
        page,
        Optional.ofNullable(redirect),
        Optional.ofNullable(props),
        Optional.ofNullable(wikidata));
  }

  /** All files given, in the order they are read. */
  List<Path> all() {
    return java.util.stream.Stream.of(Optional.of(page), pageProps, redirect, wikidata)
        .flatMap(Optional::stream)
        .toList();
  }

  private static Path once(Path earlier, Path file) {
    if (earlier != null) {
      throw new IllegalArgumentException(
          file + ": a dump of the same kind was given already (" + earlier + ")");
    }
    return file;
  }
}
