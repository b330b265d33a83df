package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CoreNLP's linear classifier behind plain feature lists. */
class FeatureClassifierTest {

  private static FeatureClassifier trained() {
    List<List<String>> features = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      features.add(List.of("path=work-for", "types=PERSON>ORGANIZATION", "n" + i));
      labels.add("yes");
      features.add(List.of("path=visit", "types=PERSON>ORGANIZATION", "m" + i));
      labels.add("no");
    }
    return FeatureClassifier.train(features, labels, 1.0, 1);
  }

  @Test
  void learnsWhichFeatureSignalsTheLabel() {
    FeatureClassifier classifier = trained();

    assertTrue(classifier.probability(List.of("path=work-for"), "yes") > 0.8);
    assertTrue(classifier.probability(List.of("path=visit"), "yes") < 0.2);
    assertEquals(List.of("no", "yes"), classifier.labels());
  }

  @Test
  void unseenFeaturesAreIgnored() {
    double p = trained().probability(List.of("types=PERSON>ORGANIZATION", "never-seen"), "yes");

    assertEquals(0.5, p, 0.1);
  }

  @Test
  void survivesJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(trained());
    }
    FeatureClassifier read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (FeatureClassifier) in.readObject();
    }

    assertTrue(read.probability(List.of("path=work-for"), "yes") > 0.8);
  }

  @Test
  void needsTwoLabels() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FeatureClassifier.train(List.of(List.of("a")), List.of("yes"), 1.0, 1));
  }
}
