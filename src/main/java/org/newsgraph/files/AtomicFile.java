package org.newsgraph.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file as a whole: the content goes to a hidden temporary file beside it, which is
 * renamed over the target only when complete (atomically where the file system can). A failure
 * leaves the old file as it was and no temporary file behind. The new file has the permissions any
 * file the user creates there gets (their umask decides), not the owner-only ones of {@link
 * Files#createTempFile}.
 */
public final class AtomicFile {

  /** Writes a file's content; may close the stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code target} with {@code content}; its folder must exist.
   *
   * @throws IOException when the content or the file cannot be written; the target is unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path temp = newTempFile(target);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      move(temp, target);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static Path newTempFile(Path target) throws IOException {
    while (true) {
      String name =
          "."
              + target.getFileName()
              + "."
              + Long.toHexString(ThreadLocalRandom.current().nextLong())
              + ".tmp";
      try {
        return Files.createFile(target.resolveSibling(name));
      } catch (FileAlreadyExistsException e) {
        // another writer took this name: draw another
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // a hidden leftover is harmless; the write's own outcome is what the caller needs
    }
  }
}
