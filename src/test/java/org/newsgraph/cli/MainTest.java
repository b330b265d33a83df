package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.err());
    for (String command : new String[] {"build", "query", "export", "info"}) {
      assertTrue(
          run.out().contains("\n  " + command + " "), () -> command + " missing:\n" + run.out());
    }
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertTrue(run.out().contains("./newsgraph build seeds/"), run.out());
  }

  @Test
  void versionNamesTheProgram() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("newsgraph "), run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("newsgraph: Missing command"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("biuld", "seeds");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("build"), run.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorPointingAtTheHelp() {
    CliRun run = CliRun.of("info", "--colour");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("newsgraph: Unknown option: '--colour'"), run.err());
    assertTrue(run.err().contains("Run 'newsgraph info --help' for details."), run.err());
    assertEquals("", run.out());
  }

  @Test
  void eachCommandsHelpTeachesDefaultsExamplesAndExitCodes() {
    for (String command : new String[] {"build", "query", "export", "info"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), run::toString);
      assertTrue(
          run.out().contains("Default: ./newsgraph-store"), () -> command + ":\n" + run.out());
      assertTrue(run.out().contains("Examples:"), () -> command + ":\n" + run.out());
      assertTrue(run.out().contains("Exit codes:"), () -> command + ":\n" + run.out());
      assertTrue(run.out().contains("./newsgraph " + command), () -> command + ":\n" + run.out());
    }
  }

  @Test
  void theHelpSubcommandShowsACommandsHelp() {
    CliRun run = CliRun.of("help", "export");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--format=FORMAT"), run.out());
    assertTrue(run.out().contains("turtle, trig, nquads, ntriples, jsonld, rdfxml"), run.out());
  }

  @Test
  void theExportHelpDescribesTheViewerFormatsOnceByTheirNames() {
    CliRun run = CliRun.of("export", "--help");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(1, run.out().split("Graph-viewer formats:", -1).length - 1, run.out());
    String text = run.out().replaceAll("\\s+", " ");
    assertTrue(text.contains("cytoscape (Cytoscape.js JSON)"), run.out());
    assertTrue(!run.out().contains("cyjs"), run.out());
  }
}
