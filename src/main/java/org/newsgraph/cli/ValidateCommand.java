package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.newsgraph.graph.GraphShapes;
import org.newsgraph.graph.ShapeReport;
import org.newsgraph.graph.ShapeViolation;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph validate}: checks a store's graph against the graph model's SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Checks the store's graph against the SHACL shapes of the graph model"
          + " (ontology/shapes.ttl): every entity has one type and one label and links only to"
          + " DBpedia, Wikidata and English Wikipedia; every fact has a subject, relation, object,"
          + " modality, a confidence in [0,1] and evidence; every evidence node points to a"
          + " sentence whose offsets and text are those of its document.",
      "",
      "Prints 'conforms' or one line per violation (node, property, message) to stdout; exit"
          + " code 8 when something does not conform. Every build runs the same check before it"
          + " writes, so a store written by newsgraph conforms unless it was changed by hand."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./newsgraph validate", "  ./newsgraph validate --store /data/graph"})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Mixin private CommonOptions common;

  @Override
  public Integer call() {
    GraphShapes shapes = GraphShapes.standard();
    ShapeReport report;
    try (GraphStore store = GraphStore.openExisting(common.store())) {
      report = store.read(shapes::check);
    }
    print(report, main.streams().out());
    return report.conforms() ? ExitCodes.OK : ExitCodes.INVALID_GRAPH;
  }

  private static void print(ShapeReport report, PrintStream out) {
    if (report.conforms()) {
      out.println("conforms (" + report.triples() + " triples checked)");
      return;
    }
    out.println(
        "does not conform: "
            + report.violations().size()
            + " violation(s) in "
            + report.triples()
            + " triples checked");
    report.violations().stream().map(ShapeViolation::describe).forEach(out::println);
  }
}
