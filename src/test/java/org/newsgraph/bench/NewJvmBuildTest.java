package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewJvmBuildTest {

  @Test
  void runsTheBuildCommandOfMainWithTheSameMemoryOptions() {
    List<String> command =
        NewJvmBuild.command(
            "/usr/bin/java",
            List.of("-Xmx6g", "-XX:+UseParallelGC"),
            "a.jar:b.jar",
            Path.of("/tmp/store"),
            2,
            List.of(Path.of("seeds"), Path.of("more/x.txt")));
    assertEquals(
        List.of(
            "/usr/bin/java",
            "-Xmx6g",
            "-XX:+UseParallelGC",
            "-cp",
            "a.jar:b.jar",
            "org.newsgraph.cli.Main",
            "build",
            "--store",
            "/tmp/store",
            "--threads",
            "2",
            "seeds",
            "more/x.txt"),
        command);
  }

  @Test
  void leavesTheHeapToTheJvmWhenThisOneHadNoOption() {
    List<String> command =
        NewJvmBuild.command("java", List.of(), "cp", Path.of("s"), 1, List.of(Path.of("in")));
    assertEquals(
        List.of(
            "java",
            "-cp",
            "cp",
            "org.newsgraph.cli.Main",
            "build",
            "--store",
            "s",
            "--threads",
            "1",
            "in"),
        command);
  }

  @Test
  void namesTheCommandLinesEntryPoint() throws ClassNotFoundException {
    assertEquals(org.newsgraph.cli.Main.class, Class.forName(NewJvmBuild.CLI_MAIN_CLASS));
  }
}
