package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads the user's inputs into {@link SourceDocument}s.
 *
 * <p>Each input is a file ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}) or a folder,
 * searched recursively in sorted order with hidden files skipped. The document id is the path
 * relative to the folder given ({@code /}-separated), or the file name for a file given directly.
 * Files must be UTF-8; HTML is reduced to its text with one block per line; the text is then
 * cleaned by {@link TextCleaner}'s general rules, and the title is its first line.
 *
 * <p>Nothing is thrown for bad input: every file that cannot be used (missing, unreadable, binary,
 * not UTF-8, empty, unsupported type, an id that two inputs share) becomes a {@link LoadProblem}
 * that names it, says what is wrong and what to do.
 */
public final class DocumentLoader {

  private DocumentLoader() {}

  /**
   * Loads every input with the default size limit; the same inputs always give the same documents
   * in the same order.
   */
  public static LoadResult load(List<Path> inputs) {
    return load(inputs, DocumentLimit.DEFAULT);
  }

  /**
   * Loads every input; a document whose text is above {@code limit} becomes a problem. The same
   * inputs always give the same documents in the same order.
   */
  public static LoadResult load(List<Path> inputs, DocumentLimit limit) {
    InputExpander expander = new InputExpander(Path.of(""));
    inputs.forEach(expander::expand);
    List<LoadProblem> problems = new ArrayList<>(expander.problems());
    List<SourceDocument> documents = new ArrayList<>();
    Map<String, InputFile> byId = new HashMap<>();
    for (InputFile file : expander.files()) {
      InputFile earlier = byId.putIfAbsent(file.id(), file);
      if (earlier == null) {
        read(file, limit, documents, problems);
      } else if (!sameFile(earlier, file)) {
        problems.add(new LoadProblem(file.path().toString(), duplicateMessage(file, earlier)));
      }
    }
    return new LoadResult(documents, problems);
  }

  /**
   * The first half of {@link #load(List, DocumentLimit)}, for loading elsewhere (the partitions of
   * a Spark job): the files to read, found as {@code load} finds them (folders searched in sorted
   * order, hidden files skipped, an id two inputs share refused), without reading any. Each file is
   * then read with {@link FileToRead#read}.
   */
  public static LoadPlan plan(List<Path> inputs) {
    InputExpander expander = new InputExpander(Path.of(""));
    inputs.forEach(expander::expand);
    List<LoadProblem> problems = new ArrayList<>(expander.problems());
    List<FileToRead> files = new ArrayList<>();
    Map<String, InputFile> byId = new HashMap<>();
    for (InputFile file : expander.files()) {
      InputFile earlier = byId.putIfAbsent(file.id(), file);
      if (earlier == null) {
        files.add(FileToRead.of(file));
      } else if (!sameFile(earlier, file)) {
        problems.add(new LoadProblem(file.path().toString(), duplicateMessage(file, earlier)));
      }
    }
    return new LoadPlan(files, problems);
  }

  /** Reads one planned file: a document, or the problem that names it. */
  static LoadResult read(InputFile file, DocumentLimit limit) {
    List<SourceDocument> documents = new ArrayList<>(1);
    List<LoadProblem> problems = new ArrayList<>(1);
    read(file, limit, documents, problems);
    return new LoadResult(documents, problems);
  }

  private static void read(
      InputFile file, DocumentLimit limit, List<SourceDocument> documents, List<LoadProblem> out) {
    try {
      documents.add(
          toDocument(
              file.id(), file.source(), file.format(), Files.readAllBytes(file.path()), limit));
    } catch (IOException e) {
      out.add(
          new LoadProblem(
              file.path().toString(),
              "cannot be read (" + InputExpander.reason(e) + "); check its permissions"));
    } catch (InputRejectedException e) {
      out.add(new LoadProblem(file.path().toString(), e.getMessage()));
    }
  }

  /**
   * Reads one document that arrives as plain text rather than as a file (e.g. the body of an HTTP
   * request) by the rules of a {@code .txt} file: strict UTF-8, binary content refused, cleaned by
   * {@link TextCleaner}, the title its first line.
   *
   * @param id the document id
   * @param source where the text came from, for the document's metadata and for messages
   * @param content the text's UTF-8 bytes
   * @param limit the largest text accepted
   * @return the document, or the one problem (naming {@code source}) that kept it from being read
   */
  public static LoadResult fromText(String id, String source, byte[] content, DocumentLimit limit) {
    try {
      return new LoadResult(
          List.of(toDocument(id, source, InputFormat.TEXT, content, limit)), List.of());
    } catch (InputRejectedException e) {
      return new LoadResult(List.of(), List.of(new LoadProblem(source, e.getMessage())));
    }
  }

  /** {@link #fromText(String, String, byte[], DocumentLimit)} with the default limit. */
  public static LoadResult fromText(String id, String source, byte[] content) {
    return fromText(id, source, content, DocumentLimit.DEFAULT);
  }

  /** Reads one document's bytes by the rules of its format (package-visible for the fuzz test). */
  static SourceDocument toDocument(
      String id, String source, InputFormat format, byte[] bytes, DocumentLimit limit)
      throws InputRejectedException {
    String content = TextDecoder.decode(bytes);
    String text = TextCleaner.clean(format.toPlainText(content));
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    if (!limit.accepts(size)) {
      throw new InputRejectedException(limit.refusal(size));
    }
    if (text.isEmpty()) {
      throw new InputRejectedException(
          format == InputFormat.HTML
              ? "has no text outside its markup; give a page with the article's text, or remove it"
              : "is empty (or only whitespace); add the article's text, or remove it");
    }
    String title = text.lines().findFirst().orElse("");
    return new SourceDocument(id, source, title, text, sha256Hex(text));
  }

  private static boolean sameFile(InputFile a, InputFile b) {
    try {
      return Files.isSameFile(a.path(), b.path());
    } catch (IOException e) {
      return false;
    }
  }

  private static String duplicateMessage(InputFile file, InputFile earlier) {
    return "its document id '"
        + file.id()
        + "' is also the id of "
        + earlier.path()
        + "; give the folder that holds both (ids are paths relative to the folder given), or"
        + " rename one";
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of a text. */
  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
