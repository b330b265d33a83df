package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * The learned relation classifier as a fact rule, its settings and its trainer (sentences and
 * models made up for the tests).
 */
class LearnedRelationsTest {

  private static RelationModel toilModel() {
    return TestRelationModels.toil();
  }

  private static FactExtractor learnedOnly(RelationModel model, Optional<Path> dump) {
    return new FactExtractor(
        List.of(new LearnedRelations(Optional.of(model), ModalityDetector.loadDefault(), dump)));
  }

  private static AnnotatedDocument doc(String verb) {
    return new DocBuilder("a.txt")
        .sentence(
            "Jane/NNP/PERSON Doe/NNP/PERSON "
                + verb
                + " Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION ././O")
        .build();
  }

  @Test
  void aConfidentGuessBecomesAFactWithLearnedEvidence() {
    List<Fact> facts =
        Extraction.facts(learnedOnly(toilModel(), Optional.empty()), doc("toils/VBZ/O at/IN/O"));

    assertTrue(
        Extraction.describe(facts)
            .contains("person/jane-doe employer organization/acme-corp ASSERTED"),
        facts.toString());
    Fact fact = facts.get(0);
    assertEquals("learned:employer", fact.evidence().get(0).extractor());
  }

  @Test
  void anUnlikelyPairGivesNothing() {
    Set<String> facts =
        Extraction.asserted(learnedOnly(toilModel(), Optional.empty()), doc("met/VBD/O"));

    assertFalse(
        facts.contains("person/jane-doe employer organization/acme-corp"), facts.toString());
  }

  @Test
  void theDumpListsEveryCandidateWithNamesAndFeatures(@TempDir Path dir) throws Exception {
    Path dump = dir.resolve("dump.tsv");
    Extraction.facts(learnedOnly(toilModel(), Optional.of(dump)), doc("met/VBD/O"));

    List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
    String row =
        lines.stream()
            .filter(l -> l.startsWith("a.txt	0	person/jane-doe	"))
            .findFirst()
            .orElseThrow();
    String[] columns = row.split("\t");
    assertEquals("a.txt", columns[0]);
    assertEquals("organization/acme-corp", columns[5]);
    assertEquals("Acme Corp", columns[7].split("\\|")[0]);
    assertTrue(columns[8].contains("employer"), row);
    assertTrue(row.contains("between-words=met"), row);
  }

  @Test
  void theBundledModelHasAClassifierForEveryRelation() {
    RelationModel model = RelationModel.bundled().orElseThrow();

    assertEquals(LearnedRelations.RELATIONS, model.classifiers().keySet());
    assertTrue(
        model.thresholds().values().stream().allMatch(t -> t >= 0.5),
        model.thresholds().toString());
  }

  @Test
  void theTrainerKeepsAThresholdThatHeldOutSetsSupport(@TempDir Path dir) throws Exception {
    StringBuilder rows = new StringBuilder();
    for (String set : List.of("s1", "s2", "s3")) {
      for (int i = 0; i < 6; i++) {
        rows.append(
                String.join(
                    "\t",
                    set,
                    "d",
                    "p" + i,
                    "o" + i,
                    "employer",
                    "yes",
                    "0",
                    "between-words=toils at"))
            .append('\n');
        rows.append(
                String.join(
                    "\t", set, "d", "q" + i, "o" + i, "employer", "no", "0", "between-words=met"))
            .append('\n');
      }
    }
    Path input = dir.resolve("rows.tsv");
    Files.writeString(input, rows.toString(), StandardCharsets.UTF_8);
    Path output = dir.resolve("model.ser.gz");
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    new RelationTrainer(0.85, 1.0, 1)
        .train(List.of(input), output, new PrintStream(log, true, StandardCharsets.UTF_8));

    RelationModel model = RelationModel.read(output);
    double yes = model.probability(Relation.EMPLOYER, List.of("between-words=toils at"));
    double no = model.probability(Relation.EMPLOYER, List.of("between-words=met"));
    assertTrue(model.accepts(Relation.EMPLOYER, yes), log.toString(StandardCharsets.UTF_8));
    assertFalse(model.accepts(Relation.EMPLOYER, no), log.toString(StandardCharsets.UTF_8));
    assertFalse(model.classifiers().containsKey(Relation.LEADER));
  }
}
