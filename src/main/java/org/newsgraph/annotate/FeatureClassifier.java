package org.newsgraph.annotate;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.optimization.DiffFunction;
import edu.stanford.nlp.optimization.Minimizer;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.stats.Counter;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A linear (maximum-entropy, L2-regularised logistic regression) classifier over plain feature
 * strings, trained and applied by CoreNLP's {@code LinearClassifierFactory}: the later stages give
 * lists of feature names and labels and get probabilities back, never a CoreNLP type. Instances are
 * immutable once trained and {@link Serializable} (Java serialisation of CoreNLP's classifier), so
 * a trained model can be stored as a resource file.
 */
public final class FeatureClassifier implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final LinearClassifier<String, String> classifier;

  private FeatureClassifier(LinearClassifier<String, String> classifier) {
    this.classifier = classifier;
  }

  /**
   * Trains a classifier on examples given as feature lists with their labels (same order and size),
   * with a Gaussian prior of this sigma (CoreNLP's default is 1.0); features seen fewer than {@code
   * minCount} times are left out. There must be at least two distinct labels.
   */
  public static FeatureClassifier train(
      List<List<String>> features, List<String> labels, double sigma, int minCount) {
    if (features.size() != labels.size()) {
      throw new IllegalArgumentException(
          "features and labels differ in size: " + features.size() + " and " + labels.size());
    }
    if (labels.stream().distinct().count() < 2) {
      throw new IllegalArgumentException("training needs at least two labels; got " + labels);
    }
    Dataset<String, String> dataset = new Dataset<>();
    for (int i = 0; i < features.size(); i++) {
      dataset.add(new BasicDatum<>(features.get(i), labels.get(i)));
    }
    if (minCount > 1) {
      dataset.applyFeatureCountThreshold(minCount);
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    factory.setMinimizerCreator(FeatureClassifier::quietMinimizer);
    return new FeatureClassifier(factory.trainClassifier(dataset));
  }

  /** CoreNLP's quasi-Newton minimizer without its progress lines on stderr. */
  private static Minimizer<DiffFunction> quietMinimizer() {
    QNMinimizer minimizer = new QNMinimizer(15);
    minimizer.shutUp();
    return minimizer;
  }

  /** The probability the classifier gives this label for an example with these features. */
  public double probability(List<String> features, String label) {
    Counter<String> probabilities = classifier.probabilityOf(new BasicDatum<>(features));
    return probabilities.getCount(label);
  }

  /** The labels the classifier knows. */
  public List<String> labels() {
    return classifier.labels().stream().sorted().toList();
  }
}
