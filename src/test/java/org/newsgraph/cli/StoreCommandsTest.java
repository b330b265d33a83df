package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** {@code query}, {@code export} and {@code info} on an empty store and on no store. */
class StoreCommandsTest {

  @TempDir Path dir;
  private Path store;

  @BeforeEach
  void createEmptyStore() {
    store = dir.resolve("store");
    GraphStore.open(store).close();
  }

  @Test
  void queryWritesResultsToStdout() {
    CliRun run =
        CliRun.of(
            "query",
            "--store",
            store.toString(),
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("n\r\n0\r\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void queryReadsAFileOrStdin() throws IOException {
    Path file = Files.writeString(dir.resolve("ask.rq"), "ASK { ?s ?p ?o }");
    CliRun fromFile =
        CliRun.of(
            "query", "--store", store.toString(), "--format", "json", "--file", file.toString());
    assertEquals(0, fromFile.exitCode(), fromFile::toString);
    assertTrue(fromFile.out().contains("\"boolean\" : false"), fromFile.out());

    CliRun fromStdin =
        CliRun.withStdin(
            "ASK { ?s ?p ?o }",
            "query",
            "--store",
            store.toString(),
            "--format",
            "json",
            "--file",
            "-");
    assertEquals(fromFile.out(), fromStdin.out());
  }

  @Test
  void anInvalidQueryGivesLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.rq"), "SELECT ?s\nWHERE { ?s ?p }");
    CliRun run = CliRun.of("query", "--store", store.toString(), "--file", file.toString());
    assertEquals(ExitCodes.INVALID_QUERY, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("newsgraph: " + file + ": "), run.err());
    assertTrue(run.err().contains("line 2, column 15"), run.err());
    assertTrue(run.err().strip().endsWith("; fix the query and run it again"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void aQueryAndAFileTogetherAreAUsageError() {
    CliRun run = CliRun.of("query", "--store", store.toString(), "--file", "q.rq", "ASK {}");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("newsgraph: "), run.err());
  }

  @Test
  void aMissingQueryFileIsBadInput() {
    Path missing = dir.resolve("none.rq");
    CliRun run = CliRun.of("query", "--store", store.toString(), "--file", missing.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("newsgraph: " + missing + ": no such file; check the path\n", run.err());
  }

  @Test
  void anUnknownQueryFormatIsAUsageError() {
    CliRun run = CliRun.of("query", "--store", store.toString(), "--format", "yaml", "ASK {}");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("use one of table, json, csv, tsv, xml"), run.err());
  }

  @Test
  void commandsOnAMissingStoreSayHowToBuildOne() {
    Path nowhere = dir.resolve("nowhere");
    for (String[] args :
        new String[][] {
          {"query", "--store", nowhere.toString(), "ASK {}"},
          {"export", "--store", nowhere.toString(), "--format", "turtle"},
          {"info", "--store", nowhere.toString()}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(ExitCodes.STORE_UNUSABLE, run.exitCode(), run::toString);
      assertTrue(run.err().startsWith("newsgraph: There is no newsgraph store in"), run.err());
      assertTrue(run.err().contains("newsgraph build --store"), run.err());
      assertFalse(Files.exists(nowhere));
    }
  }

  @Test
  void exportWritesTheFileAtomicallyAndLeavesNoTemporaryFile() throws IOException {
    Path output = dir.resolve("out").resolve("graph.nt");
    Files.createDirectories(output.getParent());
    Files.writeString(output, "old content");

    CliRun run =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "nt", "--output", output.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals("", Files.readString(output), "an empty store exports no triples");
    try (Stream<Path> files = Files.list(output.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void anExportedFileHasTheUsersDefaultPermissionsNotOwnerOnly() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("perms"));
    Path probe = Files.createFile(folder.resolve("probe"));
    Assumptions.assumeTrue(
        probe.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
    Path output = folder.resolve("graph.nt");

    CliRun run =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "nt", "--output", output.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        Files.getPosixFilePermissions(probe),
        Files.getPosixFilePermissions(output),
        "as any file the user creates there (the umask decides), not 0600");
  }

  @Test
  void exportIntoAMissingFolderFailsWithoutWriting() {
    Path output = dir.resolve("no-such-folder").resolve("graph.ttl");
    CliRun run =
        CliRun.of(
            "export",
            "--store",
            store.toString(),
            "--format",
            "turtle",
            "--output",
            output.toString());
    assertEquals(ExitCodes.OUTPUT_FAILED, run.exitCode());
    assertTrue(
        run.err().startsWith("newsgraph: " + output + ": its folder does not exist;"), run.err());
  }

  @Test
  void exportNeedsAKnownFormat() {
    CliRun missing = CliRun.of("export", "--store", store.toString());
    assertEquals(ExitCodes.USAGE, missing.exitCode());
    assertTrue(missing.err().contains("Missing required option: '--format=FORMAT'"), missing.err());

    CliRun unknown = CliRun.of("export", "--store", store.toString(), "--format", "pdf");
    assertEquals(ExitCodes.USAGE, unknown.exitCode());
    assertTrue(
        unknown.err().contains("unknown export format 'pdf'; use one of turtle"), unknown.err());
  }

  @Test
  void infoDescribesAnEmptyStore() {
    CliRun run = CliRun.of("info", "--store", store.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("store        " + store.toAbsolutePath()), run.out());
    assertTrue(run.out().contains("\ndocuments    0\n"), run.out());
    assertTrue(run.out().contains("last build   (no build.json)"), run.out());
  }
}
