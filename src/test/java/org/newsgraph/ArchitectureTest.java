package org.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The house rules of the code's layout, checked on every build: the stages depend only on the
 * stages before them (files, the foundation, first; then ingest; cli last), CoreNLP types appear
 * only in {@code annotate}, Jena types only in {@code graph}, {@code store}, {@code export} and
 * {@code serve}, Spark types only in {@code spark}, and no packages form a cycle. See
 * docs/architecture.md.
 */
@AnalyzeClasses(packages = "org.newsgraph", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

  private static final String ROOT = "org.newsgraph.";

  /**
   * Leaves out the test classes wherever the build folder is ({@code -Dng.buildDir=...} moves it
   * out of {@code target/}, where ArchUnit's own test filter looks).
   */
  static final class MainClassesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }

  /** The stages in the order data flows through them; each may use only those before it. */
  private static final List<String> STAGES =
      List.of(
          "files",
          "ingest",
          "annotate",
          "resolve",
          "link",
          "extract",
          "graph",
          "store",
          "export",
          "serve",
          "pipeline",
          "bench",
          "spark",
          "cli");

  /** No class of a stage depends on a class of a later stage. */
  private static final ArchRule STAGES_DEPEND_ONLY_ON_EARLIER_STAGES =
      CompositeArchRule.of(
          IntStream.range(0, STAGES.size() - 1)
              .mapToObj(ArchitectureTest::noUseOfLaterStages)
              .toList());

  private static ArchRule noUseOfLaterStages(int stage) {
    String[] later =
        STAGES.subList(stage + 1, STAGES.size()).stream()
            .map(p -> ROOT + p + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(ROOT + STAGES.get(stage) + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(later)
        .because("data flows one way: a stage uses only the stages before it");
  }

  /** CoreNLP's types stay inside the annotate stage. */
  private static final ArchRule CORENLP_ONLY_IN_ANNOTATE =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + "annotate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford.nlp..")
          .because("CoreNLP types never leave the annotate package (house style 2)");

  /** Jena's types stay in the RDF stages. */
  private static final ArchRule JENA_ONLY_IN_RDF_STAGES =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              ROOT + "graph..", ROOT + "store..", ROOT + "export..", ROOT + "serve..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.jena..")
          .because("Jena types stay in graph, store, export and serve (house style 2)");

  /** Spark's (and Scala's) types stay in the Spark engine's package. */
  private static final ArchRule SPARK_ONLY_IN_SPARK_ENGINE =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + "spark..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "scala..")
          .because(
              "Spark is a provided dependency, on the class path only for --engine spark: its"
                  + " types stay in the spark package");

  /** No two packages need each other. */
  private static final ArchRule NO_CYCLES =
      slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

  /** The command line is the only place that knows about picocli. */
  private static final ArchRule PICOCLI_ONLY_IN_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + "cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("cli only parses and reports; the stages know nothing of the command line");

  // Surefire 3.5.3 runs ArchUnit's @ArchTest methods but not @ArchTest fields (TNG/ArchUnit#1442).

  @ArchTest
  static void stagesDependOnlyOnEarlierStages(JavaClasses classes) {
    STAGES_DEPEND_ONLY_ON_EARLIER_STAGES.check(classes);
  }

  @ArchTest
  static void corenlpOnlyInAnnotate(JavaClasses classes) {
    CORENLP_ONLY_IN_ANNOTATE.check(classes);
  }

  @ArchTest
  static void jenaOnlyInRdfStages(JavaClasses classes) {
    JENA_ONLY_IN_RDF_STAGES.check(classes);
  }

  @ArchTest
  static void sparkOnlyInSparkEngine(JavaClasses classes) {
    SPARK_ONLY_IN_SPARK_ENGINE.check(classes);
  }

  @ArchTest
  static void noCycles(JavaClasses classes) {
    NO_CYCLES.check(classes);
  }

  @ArchTest
  static void picocliOnlyInCli(JavaClasses classes) {
    PICOCLI_ONLY_IN_CLI.check(classes);
  }
}
