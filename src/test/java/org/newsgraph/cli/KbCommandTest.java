package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCommandTest {

  @TempDir Path temp;

  @Test
  void aDumpThatIsNotGzipIsBadInputNamingTheFile() throws IOException {
    Path page = Files.writeString(temp.resolve("enwiki-latest-page.sql.gz"), "<html>404</html>");
    Path kb = temp.resolve("kb");
    CliRun run = CliRun.of("kb", "index", "--from", page.toString(), "--output", kb.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    assertTrue(run.err().contains(page + ": is not a gzip file"), run.err());
    assertTrue(run.err().contains("download it again"), run.err());
    assertFalse(Files.exists(kb));
  }

  @Test
  void anUnknownFileIsAUsageError() throws IOException {
    Path notes = Files.writeString(temp.resolve("notes.txt"), "x");
    CliRun run =
        CliRun.of(
            "kb", "index", "--from", notes.toString(), "--output", temp.resolve("kb").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("not a dump newsgraph knows"), run.err());
  }

  @Test
  void buildRefusesAFolderThatIsNoKnowledgeBase() {
    CliRun run =
        CliRun.of(
            "build",
            "--store",
            temp.resolve("store").toString(),
            "--kb",
            temp.toString(),
            temp.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--kb: "), run.err());
    assertTrue(run.err().contains("newsgraph kb index"), run.err());
  }
}
