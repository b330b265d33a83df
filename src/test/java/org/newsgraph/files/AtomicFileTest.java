package org.newsgraph.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void replacesTheFileAndLeavesNothingElse() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "old");

    AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertEquals("new", Files.readString(file));
    assertEquals(1, count());
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "old");

    assertThrows(
        IOException.class,
        () ->
            AtomicFile.write(
                file,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));

    assertEquals("old", Files.readString(file));
    assertEquals(1, count());
  }

  @Test
  void theFileHasTheUsersDefaultPermissions() throws IOException {
    Path probe = Files.createFile(dir.resolve("probe"));
    Assumptions.assumeTrue(
        probe.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
    Path file = dir.resolve("b.txt");

    AtomicFile.write(file, out -> out.write(1));

    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
  }

  private long count() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
