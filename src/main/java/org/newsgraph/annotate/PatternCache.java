package org.newsgraph.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.files.AtomicFile;

/**
 * The pattern rules' candidates of earlier runs, so that a build that adds one document to a large
 * store does not match the rules over every stored document again. One gzipped JSON file per
 * document under {@code patterns/CODE/}, named after the document's annotation cache file: the
 * candidates depend on the annotations (text and annotator settings) and on the rules and the code
 * that matches them, whose fingerprint CODE is. Folders of other code are removed by {@link
 * #removeOtherCode()}: a rule edited or the program upgraded makes them stale. Unreadable files are
 * ignored and overwritten. Safe for several threads (each file is written atomically).
 */
public final class PatternCache {

  /** The cache's folder inside the store's cache folder. */
  static final String FOLDER = "patterns";

  private static final TypeReference<List<RelationCandidate>> CANDIDATES = new TypeReference<>() {};

  private final Path root;
  private final Path folder;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param cacheDir the store's cache folder (the pattern cache is a folder inside it, created on
   *     the first write)
   * @param codeFingerprint the fingerprint of the rules and the code that runs them
   */
  public PatternCache(Path cacheDir, String codeFingerprint) {
    this.root = Objects.requireNonNull(cacheDir, "cacheDir").resolve(FOLDER);
    this.folder = root.resolve(safe(Objects.requireNonNull(codeFingerprint, "codeFingerprint")));
  }

  /**
   * The candidates cached for a document, or empty when absent or unreadable.
   *
   * @param annotationFile the document's annotation cache file (its name is the key)
   */
  public Optional<List<RelationCandidate>> read(Path annotationFile) {
    Path file = fileFor(annotationFile);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Optional.of(
          List.copyOf(
              json.reader()
                  .without(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                  .forType(CANDIDATES)
                  .<List<RelationCandidate>>readValue(in)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Caches a document's candidates (replacing what was there). */
  public void write(Path annotationFile, List<RelationCandidate> candidates) {
    Path file = fileFor(annotationFile);
    try {
      Files.createDirectories(folder);
      AtomicFile.write(
          file,
          out -> {
            try (OutputStream gzip = new GZIPOutputStream(out)) {
              json.writer()
                  .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                  .forType(CANDIDATES)
                  .writeValue(gzip, candidates);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the pattern cache file " + file, e);
    }
  }

  /** Removes the folders of other code's candidates: they can never be read again. */
  public void removeOtherCode() {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
      for (Path other : folders) {
        if (!other.equals(folder)) {
          deleteTree(other);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clean the pattern cache folder " + root, e);
    }
  }

  private Path fileFor(Path annotationFile) {
    return folder.resolve(annotationFile.getFileName().toString());
  }

  private static void deleteTree(Path path) throws IOException {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }

  /** The fingerprint as a folder name: letters, digits, '-' and '_' only. */
  private static String safe(String fingerprint) {
    return fingerprint.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
