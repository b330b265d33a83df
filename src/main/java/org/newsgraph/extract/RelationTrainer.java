package org.newsgraph.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.annotate.FeatureClassifier;

/**
 * Trains the learned relation models ({@link RelationModel}) from labelled candidates: one binary
 * classifier per relation over the candidates whose types fit it, and the relation's threshold, the
 * lowest probability at which the guesses that no earlier extractor made reach the wanted precision
 * when each training set is predicted by a model trained on the others (leave one set out). The
 * input is written by {@code scripts/label-relations.py} from the candidate dumps of {@link
 * LearnedRelations} and the gold sets: tab-separated set, document, subject id, object id, relation
 * (the scorer's name), label ({@code yes}, {@code no} or {@code optional}, left out), whether an
 * earlier extractor found it ({@code 1}/{@code 0}), then the features.
 */
public final class RelationTrainer {

  /** The fewest correct held-out guesses a threshold must keep. */
  static final int MIN_HITS = 2;

  /** The lowest threshold allowed. */
  static final double MIN_THRESHOLD = 0.5;

  private final double precision;
  private final double sigma;
  private final int minCount;
  private final StringBuilder heldOutLog = new StringBuilder();

  /**
   * @param precision the precision the thresholds must reach on held-out training sets
   * @param sigma the classifiers' Gaussian prior
   * @param minCount the fewest occurrences a feature needs to be kept
   */
  public RelationTrainer(double precision, double sigma, int minCount) {
    this.precision = precision;
    this.sigma = sigma;
    this.minCount = minCount;
  }

  /** One labelled candidate for one relation. */
  record Row(
      String set,
      String doc,
      String subject,
      String object,
      Relation relation,
      String label,
      boolean found,
      List<String> features) {}

  /** A held-out guess: its pair, probability and whether it is right. */
  private record Guess(String pair, double probability, boolean right) {}

  /** Reads labelled rows from files written by {@code scripts/label-relations.py}. */
  static List<Row> read(List<Path> files) {
    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] c = line.split("\t", -1);
          if (c.length < 7) {
            throw new IllegalArgumentException(file + ": too few columns in: " + line);
          }
          List<String> features = new ArrayList<>(List.of(c).subList(7, c.length));
          rows.add(
              new Row(
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  Relation.valueOf(c[4].toUpperCase(Locale.ROOT)),
                  c[5],
                  c[6].equals("1"),
                  List.copyOf(features)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return rows;
  }

  /**
   * Trains the models on the labelled rows of these files and writes them to the output, reporting
   * each relation's held-out figures to the log.
   */
  public void train(List<Path> inputs, Path output, PrintStream log) {
    train(read(inputs), log).write(output);
  }

  /**
   * The held-out guesses of the last {@link #train} (relation, set, subject, object, probability,
   * right), one a line, best first, for error analysis.
   */
  public String heldOutGuesses() {
    return heldOutLog.toString();
  }

  RelationModel train(List<Row> rows, PrintStream log) {
    Map<Relation, FeatureClassifier> classifiers = new EnumMap<>(Relation.class);
    Map<Relation, Double> thresholds = new EnumMap<>(Relation.class);
    for (Relation relation : LearnedRelations.RELATIONS) {
      List<Row> own =
          rows.stream()
              .filter(r -> r.relation() == relation && !r.label().equals("optional"))
              .toList();
      long yes = own.stream().filter(r -> r.label().equals(RelationModel.YES)).count();
      if (yes < MIN_HITS || yes == own.size()) {
        log.printf(
            Locale.ROOT, "%s: %d candidates, %d positive: no model%n", relation, own.size(), yes);
        continue;
      }
      List<Guess> guesses = heldOut(own);
      double threshold = threshold(guesses, log, relation, own.size(), yes);
      classifiers.put(relation, fit(own));
      thresholds.put(relation, threshold);
    }
    return new RelationModel(classifiers, thresholds);
  }

  private FeatureClassifier fit(List<Row> rows) {
    return FeatureClassifier.train(
        rows.stream().map(Row::features).toList(),
        rows.stream().map(Row::label).toList(),
        sigma,
        minCount);
  }

  /** Each set's new guesses by a model trained on the other sets. */
  private List<Guess> heldOut(List<Row> rows) {
    List<Guess> guesses = new ArrayList<>();
    for (String set : new TreeSet<>(rows.stream().map(Row::set).toList())) {
      List<Row> train = rows.stream().filter(r -> !r.set().equals(set)).toList();
      if (train.stream().map(Row::label).distinct().count() < 2) {
        continue;
      }
      FeatureClassifier classifier = fit(train);
      for (Row row : rows) {
        if (row.set().equals(set) && !row.found()) {
          guesses.add(
              new Guess(
                  set + "\t" + row.subject() + "\t" + row.object(),
                  classifier.probability(row.features(), RelationModel.YES),
                  row.label().equals(RelationModel.YES)));
        }
      }
    }
    return guesses;
  }

  /**
   * The lowest probability at which the held-out guesses (one per set and pair, its highest
   * probability) are right at least {@link #precision} of the time with at least {@link #MIN_HITS}
   * right; above 1 (never) when none is.
   */
  double threshold(List<Guess> guesses, PrintStream log, Relation relation, int size, long yes) {
    Map<String, Guess> best = new LinkedHashMap<>();
    for (Guess g : guesses) {
      best.merge(
          g.pair(),
          g,
          (a, b) ->
              new Guess(
                  a.pair(), Math.max(a.probability(), b.probability()), a.right() || b.right()));
    }
    List<Guess> sorted =
        best.values().stream()
            .sorted(Comparator.comparingDouble(Guess::probability).reversed())
            .toList();
    long newTrue = sorted.stream().filter(Guess::right).count();
    double chosen = 1.01;
    int hits = 0;
    int chosenHits = 0;
    int chosenCount = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Guess g = sorted.get(i);
      if (g.right()) {
        hits++;
      }
      double p = g.probability();
      if (p < MIN_THRESHOLD) {
        break;
      }
      boolean lastOfTie = i + 1 == sorted.size() || sorted.get(i + 1).probability() < p;
      if (lastOfTie && hits >= MIN_HITS && hits >= precision * (i + 1)) {
        chosen = p;
        chosenHits = hits;
        chosenCount = i + 1;
      }
    }
    for (Guess g : sorted) {
      heldOutLog.append(
          String.format(
              Locale.ROOT, "%s\t%s\t%.4f\t%s%n", relation, g.pair(), g.probability(), g.right()));
    }
    log.printf(
        Locale.ROOT,
        "%s: %d candidates, %d positive; held out: %d new true pairs, threshold %.3f keeps %d"
            + " guesses, %d right%n",
        relation,
        size,
        yes,
        newTrue,
        chosen,
        chosenCount,
        chosenHits);
    return chosen;
  }
}
