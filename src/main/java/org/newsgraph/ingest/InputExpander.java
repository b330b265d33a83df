package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the paths the user gave into the files to read. A file stands for itself (id: its file
 * name); a folder stands for every supported file below it (id: the path relative to the folder),
 * walked in sorted order, skipping hidden files and folders (names starting with a dot) and not
 * following symbolic links to folders.
 */
final class InputExpander {

  private final List<InputFile> files = new ArrayList<>();
  private final List<LoadProblem> problems = new ArrayList<>();
  private final Path workingFolder;

  /**
   * An expander whose documents' published sources are relative to {@code workingFolder} (the
   * folder relative paths start from).
   */
  InputExpander(Path workingFolder) {
    this.workingFolder = workingFolder.toAbsolutePath().normalize();
  }

  /** The files found so far, in input order, each folder's files sorted by id. */
  List<InputFile> files() {
    return files;
  }

  /** The inputs that could not be used so far. */
  List<LoadProblem> problems() {
    return problems;
  }

  /** Adds the files one input stands for, or a problem. */
  void expand(Path input) {
    if (Files.isDirectory(input)) {
      expandFolder(input);
    } else if (Files.isRegularFile(input)) {
      expandFile(input);
    } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      problem(input, "is neither a regular file nor a folder; give article files or folders");
    } else {
      problem(
          input,
          "no such file or folder; check the path (relative paths start at the current"
              + " folder)");
    }
  }

  private void expandFile(Path input) {
    Optional<InputFormat> format = InputFormat.of(input);
    if (format.isEmpty()) {
      problem(
          input,
          "unsupported file type; give "
              + InputFormat.SUPPORTED
              + " files (convert other formats to text first)");
      return;
    }
    String name = input.getFileName().toString();
    files.add(new InputFile(input, name, published(input, name), format.get()));
  }

  private void expandFolder(Path root) {
    List<InputFile> found = new ArrayList<>();
    FolderVisitor visitor = new FolderVisitor(root, found, published(root, shortName(root)));
    try {
      Files.walkFileTree(root, visitor);
    } catch (IOException e) {
      problem(root, "cannot be read (" + reason(e) + "); check that the folder is readable");
      return;
    }
    if (found.isEmpty() && visitor.failures == 0) {
      problem(
          root,
          "has no "
              + InputFormat.SUPPORTED
              + " files (hidden files are skipped); give"
              + " the folder that holds the articles");
    }
    found.sort(Comparator.comparing(InputFile::id));
    files.addAll(found);
  }

  private void problem(Path input, String message) {
    problems.add(new LoadProblem(input.toString(), message));
  }

  /** A short reason for an I/O failure, without the path the message repeats. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it disappeared while being read";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relativeId(Path root, Path file) {
    List<String> segments = new ArrayList<>();
    for (Path segment : root.relativize(file)) {
      segments.add(segment.toString());
    }
    return String.join("/", segments);
  }

  /**
   * The path a document publishes as its source ({@code dct:source}): the path as the user gave it
   * when relative; an absolute path relative to the working folder when it is below it, and
   * otherwise only its last name ({@code fallback}), so a graph never shows where the user keeps
   * their files.
   */
  private String published(Path given, String fallback) {
    if (!given.isAbsolute()) {
      return slashes(given.normalize());
    }
    Path absolute = given.normalize();
    return absolute.startsWith(workingFolder) && !absolute.equals(workingFolder)
        ? slashes(workingFolder.relativize(absolute))
        : fallback;
  }

  private static String shortName(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "." : name.toString();
  }

  private static String slashes(Path path) {
    String text = path.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private static boolean isDanglingLink(Path file) {
    return Files.isSymbolicLink(file) && !Files.exists(file);
  }

  /** Collects the supported, visible files below one folder. */
  private final class FolderVisitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<InputFile> found;
    private final String rootSource;
    private int failures;

    FolderVisitor(Path root, List<InputFile> found, String rootSource) {
      this.root = root;
      this.found = found;
      this.rootSource = rootSource;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && isHidden(dir)
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      Optional<InputFormat> format = InputFormat.of(file);
      if (!isHidden(file) && format.isPresent() && Files.isRegularFile(file)) {
        String id = relativeId(root, file);
        found.add(new InputFile(file, id, rootSource + "/" + id, format.get()));
      } else if (!isHidden(file) && format.isPresent() && isDanglingLink(file)) {
        problem(
            file, "is a symbolic link to a file that does not exist; fix the link or remove it");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!isHidden(file)) {
        failures++;
        problem(file, "cannot be read (" + reason(e) + "); check its permissions");
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
