package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * The {@code newsgraph} launcher script and its class-data sharing archive: written by the first
 * successful data command, mapped by the next ones, never left half-written, made again for a new
 * jar. Runs the script with the jar the package phase made.
 */
class LauncherIT {

  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

  @TempDir Path dir;
  private Path store;
  private Path archives;

  @BeforeEach
  void createEmptyStore() throws IOException {
    store = dir.resolve("store");
    GraphStore.open(store).close();
    archives = Files.createDirectories(dir.resolve("cds"));
  }

  @Test
  void theFirstQueryWritesTheArchiveAndTheNextOneMapsIt() throws Exception {
    Result first = launch(Map.of(), "query", "--store", store.toString(), "--format", "csv", COUNT);
    assertEquals(0, first.exitCode, first::toString);
    assertEquals("n\r\n0\r\n", first.out, "stdout carries only the data");
    assertEquals("", first.err, "no JVM warning");
    assertEquals(1, archives().size(), archives()::toString);

    // -Xshare:on: the JVM stops if it cannot map the archive
    Result second =
        launch(
            Map.of("NEWSGRAPH_JAVA_OPTS", "-Xshare:on"),
            "query",
            "--store",
            store.toString(),
            "--format",
            "csv",
            COUNT);
    assertEquals(0, second.exitCode, second::toString);
    assertEquals(first.out, second.out);
    assertEquals("", second.err);
  }

  @Test
  void anArchiveOlderThanTheJarIsMadeAgain() throws Exception {
    launch(Map.of(), "query", "--store", store.toString(), COUNT);
    Path archive = archives().get(0);
    FileTime old = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
    Files.setLastModifiedTime(archive, old);

    Result again = launch(Map.of(), "query", "--store", store.toString(), COUNT);

    assertEquals(0, again.exitCode, again::toString);
    assertTrue(Files.getLastModifiedTime(archive).compareTo(old) > 0, "archive written again");
  }

  @Test
  void aFailedRunOrAHelpRunWritesNoArchive() throws Exception {
    Result failed = launch(Map.of(), "query", "--store", store.toString(), "SELECT ?s WHERE {");
    assertEquals(ExitCodes.INVALID_QUERY, failed.exitCode, failed::toString);
    Result help = launch(Map.of(), "query", "--help");
    assertEquals(0, help.exitCode, help::toString);
    assertTrue(help.out.contains("--store"), help.out);

    assertEquals(List.of(), archives(), "no archive and no partial file");
  }

  @Test
  void turnedOffItWritesNoArchive() throws Exception {
    Result run = launch(Map.of("NEWSGRAPH_CDS", "0"), "query", "--store", store.toString(), COUNT);

    assertEquals(0, run.exitCode, run::toString);
    assertEquals(List.of(), archives());
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(archives)) {
      return files.sorted().toList();
    }
  }

  private Result launch(Map<String, String> environment, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", Path.of("newsgraph").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NEWSGRAPH_HEAP", "512m");
    builder.environment().put("NEWSGRAPH_CDS_DIR", archives.toString());
    builder.environment().remove("NEWSGRAPH_JAVA_OPTS");
    builder.environment().putAll(environment);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "launcher finished");
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** One run of the launcher. */
  private record Result(int exitCode, String out, String err) {}
}
