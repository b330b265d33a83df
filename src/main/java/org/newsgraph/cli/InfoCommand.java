package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph info}: what the store holds and how it was last built. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Prints what the store holds (documents, entities by type, facts by relation and"
          + " modality, triples) and the settings and time of the last build, to stdout."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./newsgraph info", "  ./newsgraph info --store /data/graph"})
final class InfoCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Mixin private CommonOptions common;

  @Override
  public Integer call() {
    StoreInfo info;
    try (GraphStore store = GraphStore.openExisting(common.store())) {
      info = store.info();
    }
    print(info, main.streams().out());
    return ExitCodes.OK;
  }

  /** Writes the summary as aligned {@code name value} lines. */
  static void print(StoreInfo info, PrintStream out) {
    out.println("store        " + info.location());
    out.println("documents    " + info.documents());
    out.println("entities     " + info.entities() + breakdown(info.entitiesByType()));
    out.println("facts        " + info.facts() + breakdown(info.factsByRelation()));
    out.println("modality     " + joined(info.factsByModality()));
    out.println("triples      " + info.triples());
    info.lastBuild()
        .ifPresentOrElse(
            build -> printBuild(build, out), () -> out.println("last build   (no build.json)"));
  }

  private static void printBuild(BuildSummary build, PrintStream out) {
    out.println("last build   " + build.buildTime());
    out.println("  counts     " + joined(build.counts()));
    out.println("  settings   " + joined(build.settings()));
  }

  private static String breakdown(Map<String, ?> counts) {
    return counts.isEmpty() ? "" : " (" + joined(counts) + ")";
  }

  private static String joined(Map<String, ?> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
