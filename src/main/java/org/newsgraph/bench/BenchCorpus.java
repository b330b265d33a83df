package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.pipeline.PipelineException;

/**
 * A corpus the benchmark builds: the files a build reads and the documents they hold.
 *
 * @param name short name for reports: {@code seeds}, {@code large} or the folder
 * @param description where the documents come from, for reports
 * @param inputs the files or folders to give {@code build}
 * @param documents the documents those inputs hold, as ingest reads them
 */
record BenchCorpus(
    String name, String description, List<Path> inputs, List<SourceDocument> documents) {

  /** The name of the generated corpus. */
  static final String LARGE = "large";

  /** The name of the seed corpus. */
  static final String SEEDS = "seeds";

  /** Copies the lists. */
  BenchCorpus {
    inputs = List.copyOf(inputs);
    documents = List.copyOf(documents);
  }

  /**
   * The documents of a folder, or its first {@code limit} documents in id order.
   *
   * @param limit how many documents to keep; null for all
   * @throws PipelineException when a file of the folder cannot be read or it holds no document
   */
  static BenchCorpus folder(String name, Path folder, Integer limit) {
    List<SourceDocument> all = load(folder);
    if (limit == null || limit >= all.size()) {
      return new BenchCorpus(
          name, all.size() + " documents read from " + folder, List.of(folder), all);
    }
    List<SourceDocument> kept = all.subList(0, limit);
    List<Path> files = kept.stream().map(d -> folder.resolve(d.id())).toList();
    return new BenchCorpus(
        name,
        "the first " + limit + " of the " + all.size() + " documents of " + folder + " (by id)",
        files,
        kept);
  }

  /**
   * One document file.
   *
   * @throws PipelineException when the file cannot be read
   */
  static BenchCorpus file(String name, Path file) {
    LoadResult loaded = DocumentLoader.load(List.of(file));
    if (!loaded.isClean() || loaded.documents().size() != 1) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          file.toString(),
          "cannot be read as one document (the benchmark generated it: check the --work folder)");
    }
    return new BenchCorpus(name, "the document " + file, List.of(file), loaded.documents());
  }

  /**
   * {@code count} articles generated from the seed articles by {@link SeedRecombiner}, written as
   * {@code .txt} files into {@code into}.
   *
   * @throws PipelineException when the seeds cannot be read or the files cannot be written
   */
  static BenchCorpus generated(Path seedFolder, int count, Path into) {
    List<SourceDocument> seeds = load(seedFolder);
    SeedRecombiner recombiner =
        new SeedRecombiner(seeds.stream().map(SourceDocument::text).toList());
    try {
      Files.createDirectories(into);
      for (SeedRecombiner.Article article : recombiner.articles(count)) {
        Files.writeString(into.resolve(article.fileName()), article.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new PipelineException(
          PipelineException.Kind.OUTPUT_FAILED,
          into.toString(),
          "cannot write the generated corpus: " + e.getMessage() + "; check the --work folder",
          e);
    }
    List<SourceDocument> documents = load(into);
    String description =
        count
            + " articles generated from the "
            + seeds.size()
            + " documents of "
            + seedFolder
            + " by recombining their "
            + recombiner.sentenceCount()
            + " sentences (fixed random"
            + " seed "
            + SeedRecombiner.RANDOM_SEED
            + ": the same corpus every run; all texts"
            + " distinct)";
    return new BenchCorpus(LARGE, description, List.of(into), documents);
  }

  /** Words in all documents (whitespace-separated), for a first idea of the size. */
  long words() {
    return documents.stream()
        .mapToLong(d -> d.text().isBlank() ? 0 : d.text().strip().split("\\s+").length)
        .sum();
  }

  private static List<SourceDocument> load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          folder.toString(),
          "no such folder; give --corpus DIR or --seeds DIR (the seed articles are in seeds/ of"
              + " the source tree: run from there)");
    }
    LoadResult loaded = DocumentLoader.load(List.of(folder));
    if (!loaded.isClean()) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          loaded.problems().get(0).input(),
          loaded.problems().get(0).message() + " (the benchmark needs every file to be usable)");
    }
    if (loaded.documents().isEmpty()) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          folder.toString(),
          "holds no .txt, .md or .html document");
    }
    return loaded.documents();
  }
}
