package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.annotate.FeatureClassifier;

/**
 * The learned relation models: for each relation, a binary classifier (labels {@link #YES} and
 * {@link #NO}) over {@link RelationFeatures} and the probability from which its guesses become
 * facts (chosen on held-out training sets for a precision of at least 0.85, {@link
 * RelationTrainer}). Stored as a gzipped Java-serialised map; the bundled model is the resource
 * {@value #RESOURCE}, trained on all development sets (docs/resolution-and-extraction.md).
 *
 * @param classifiers the classifier of each relation that has one
 * @param thresholds the least probability of a guess that becomes a fact, by relation
 */
record RelationModel(
    Map<Relation, FeatureClassifier> classifiers, Map<Relation, Double> thresholds) {

  /** The label of a pair that holds the relation. */
  static final String YES = "yes";

  /** The label of a pair that does not. */
  static final String NO = "no";

  /** The bundled model's resource name, beside this class. */
  static final String RESOURCE = "learned-relations.ser.gz";

  RelationModel {
    classifiers = Map.copyOf(classifiers);
    thresholds = Map.copyOf(thresholds);
  }

  /** The probability the relation's classifier gives the pair, 0 when it has none. */
  double probability(Relation relation, java.util.List<String> features) {
    FeatureClassifier classifier = classifiers.get(relation);
    return classifier == null ? 0 : classifier.probability(features, YES);
  }

  /** Whether a guess of this probability becomes a fact. */
  boolean accepts(Relation relation, double probability) {
    Double threshold = thresholds.get(relation);
    return threshold != null && classifiers.containsKey(relation) && probability >= threshold;
  }

  /** The bundled model, or empty when the jar has none. */
  static Optional<RelationModel> bundled() {
    try (InputStream in = RelationModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
  }

  /** Reads a model written by {@link #write}. */
  static RelationModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the relation model " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static RelationModel read(InputStream raw) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(raw))) {
      Map<String, FeatureClassifier> classifiers = (Map<String, FeatureClassifier>) in.readObject();
      Map<String, Double> thresholds = (Map<String, Double>) in.readObject();
      Map<Relation, FeatureClassifier> byRelation = new EnumMap<>(Relation.class);
      classifiers.forEach((k, v) -> byRelation.put(Relation.valueOf(k), v));
      Map<Relation, Double> limits = new EnumMap<>(Relation.class);
      thresholds.forEach((k, v) -> limits.put(Relation.valueOf(k), v));
      return new RelationModel(byRelation, limits);
    } catch (ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
      throw new IOException("not a relation model: " + e.getMessage(), e);
    }
  }

  /** Writes the model (gzipped Java serialisation of two maps keyed by relation name). */
  void write(Path file) {
    HashMap<String, FeatureClassifier> classifierMap = new HashMap<>();
    classifiers.forEach((k, v) -> classifierMap.put(k.name(), v));
    HashMap<String, Double> thresholdMap = new HashMap<>();
    thresholds.forEach((k, v) -> thresholdMap.put(k.name(), v));
    try (OutputStream file0 = Files.newOutputStream(file);
        ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(file0))) {
      out.writeObject(classifierMap);
      out.writeObject(thresholdMap);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the relation model " + file, e);
    }
  }
}
