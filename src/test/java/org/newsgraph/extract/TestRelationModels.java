package org.newsgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.FeatureClassifier;

/** Tiny learned relation models for the tests of other packages (build, command line). */
public final class TestRelationModels {

  private TestRelationModels() {}

  /** An employer model that has learned that "toils at" between a person and a company is work. */
  static RelationModel toil() {
    List<List<String>> features = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      features.add(List.of("between-words=toils at", "types=PERSON>ORGANIZATION"));
      labels.add(RelationModel.YES);
      features.add(List.of("between-words=met", "types=PERSON>ORGANIZATION"));
      labels.add(RelationModel.NO);
    }
    FeatureClassifier classifier = FeatureClassifier.train(features, labels, 1.0, 1);
    return new RelationModel(Map.of(Relation.EMPLOYER, classifier), Map.of(Relation.EMPLOYER, 0.8));
  }

  /** Writes {@link #toil} to the file, as {@code newsgraph train-relations} writes a model. */
  public static Path writeToil(Path file) {
    toil().write(file);
    return file;
  }
}
