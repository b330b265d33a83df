package org.newsgraph.extract;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether and how the learned relation classifier ({@link LearnedRelations}) runs. Read from the
 * Java system properties {@value #PROPERTY} ({@code off}, the default; {@code on}, the bundled
 * model; or the path of a model file written by {@link RelationTrainer}) and {@value
 * #DUMP_PROPERTY} (a file every candidate pair and its features is written to, for training), e.g.
 * {@code NEWSGRAPH_JAVA_OPTS=-Dnewsgraph.learned=on ./newsgraph build ...}.
 *
 * @param enabled whether the classifier adds facts
 * @param model the model file, or empty for the bundled model
 * @param dump the candidate dump file, or empty
 */
public record LearnedSettings(boolean enabled, Optional<Path> model, Optional<Path> dump) {

  /** The system property that turns the classifier on or off or names its model. */
  public static final String PROPERTY = "newsgraph.learned";

  /** The system property that names the candidate dump file. */
  public static final String DUMP_PROPERTY = "newsgraph.learned.dump";

  /** The classifier off, no dump. */
  public static final LearnedSettings OFF =
      new LearnedSettings(false, Optional.empty(), Optional.empty());

  /** The settings from the system properties {@value #PROPERTY} and {@value #DUMP_PROPERTY}. */
  public static LearnedSettings fromSystemProperties() {
    return parse(System.getProperty(PROPERTY, "off"), System.getProperty(DUMP_PROPERTY, ""));
  }

  /** The settings from the two properties' values. */
  static LearnedSettings parse(String value, String dumpValue) {
    String v = value.strip();
    Optional<Path> dump = dumpValue.isBlank() ? Optional.empty() : Optional.of(Path.of(dumpValue));
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "", "off", "false", "no" -> new LearnedSettings(false, Optional.empty(), dump);
      case "on", "true", "yes" -> new LearnedSettings(true, Optional.empty(), dump);
      default -> new LearnedSettings(true, Optional.of(Path.of(v)), dump);
    };
  }

  /** The model these settings ask for: empty when off or when no bundled model exists. */
  Optional<RelationModel> loadModel() {
    if (!enabled) {
      return Optional.empty();
    }
    return model.isPresent()
        ? Optional.of(RelationModel.read(model.get()))
        : RelationModel.bundled();
  }
}
