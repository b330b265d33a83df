package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.RelationTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsgraph train-relations}: trains the learned relation classifier from labelled
 * candidates (see {@code scripts/train-relations.sh}, which makes them from gold sets).
 */
@Command(
    name = "train-relations",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Trains the learned relation classifier: one logistic-regression model per relation"
          + " (CoreNLP's LinearClassifierFactory) over labelled candidate pairs, and each"
          + " relation's probability threshold, chosen by leaving one training set out at a time"
          + " for the wanted precision of the facts no other extractor found.",
      "",
      "The inputs are written by scripts/label-relations.py from the candidate dumps of builds"
          + " run with --dump-relation-candidates FILE and the gold sets;"
          + " scripts/train-relations.sh does it all. Use the model with"
          + " 'newsgraph build --learned-relations=MODEL'; the bundled model"
          + " (--learned-relations alone) is"
          + " src/main/resources/org/newsgraph/extract/learned-relations.ser.gz."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./newsgraph train-relations --output model.ser.gz seeds.tsv heldout.tsv"})
final class TrainRelationsCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Option(
      names = "--output",
      required = true,
      description = "the model file to write (gzipped Java serialisation)")
  private Path output;

  @Option(
      names = "--precision",
      defaultValue = "0.85",
      description = "the held-out precision each relation's threshold must reach")
  private double precision;

  @Option(
      names = "--sigma",
      defaultValue = "1.0",
      description = "the Gaussian prior of the classifiers")
  private double sigma;

  @Option(
      names = "--min-count",
      defaultValue = "2",
      description = "the fewest occurrences a feature needs to be kept")
  private int minCount;

  @Option(
      names = "--held-out",
      description =
          "a file to write the held-out guesses to (relation, set, subject, object,"
              + " probability, right), for error analysis")
  private Path heldOut;

  @Parameters(arity = "1..*", description = "labelled candidate files (TSV)")
  private List<Path> inputs;

  @Override
  public Integer call() {
    RelationTrainer trainer = new RelationTrainer(precision, sigma, minCount);
    trainer.train(inputs, output, main.streams().err());
    if (heldOut != null) {
      try {
        Files.writeString(heldOut, trainer.heldOutGuesses(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + heldOut, e);
      }
    }
    return ExitCodes.OK;
  }
}
