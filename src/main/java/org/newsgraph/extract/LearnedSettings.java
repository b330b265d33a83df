package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and how the learned relation classifier ({@link LearnedRelations}) runs, as {@code
 * newsgraph build --learned-relations[=MODEL]} and {@code --dump-relation-candidates FILE} set it.
 * Made by {@link #OFF}, {@link #bundled} or {@link #modelFile}, which check that the model exists
 * and loads, so that a build fails before any work when it does not.
 *
 * @param enabled whether the classifier adds facts
 * @param model the model file, or empty for the bundled model
 * @param modelIdentity what the graph depends on: {@code off}, {@code bundled} (the bundled model
 *     is part of the code, whose fingerprint build.json records), or {@code file:} and a hash of
 *     the model file's bytes (a model trained again at the same path changes the graph)
 * @param dump the file every candidate pair and its features is written to, for training, or empty
 */
public record LearnedSettings(
    boolean enabled, Optional<Path> model, String modelIdentity, Optional<Path> dump) {

  /** The classifier off, no dump: the default. */
  public static final LearnedSettings OFF =
      new LearnedSettings(false, Optional.empty(), "off", Optional.empty());

  /** The key of {@link #toMap} naming the model (graph-defining). */
  public static final String RELATIONS = "relations";

  /** The key of {@link #toMap} naming the model file's path (not graph-defining). */
  public static final String MODEL = "model";

  /** The key of {@link #toMap} naming the candidate dump (not graph-defining). */
  public static final String DUMP = "dump";

  /** The value of {@link #RELATIONS} for the bundled model. */
  private static final String BUNDLED = "bundled";

  /** The prefix of {@link #RELATIONS}' value for a model file, before the hash of its bytes. */
  private static final String FILE = "file:";

  /** Checks the components' consistency. */
  public LearnedSettings {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(modelIdentity, "modelIdentity");
    Objects.requireNonNull(dump, "dump");
    if (!enabled && model.isPresent()) {
      throw new IllegalArgumentException("a model file is given but the classifier is off");
    }
  }

  /**
   * The classifier with the bundled model (trained on the development sets).
   *
   * @throws IllegalArgumentException when this jar has no bundled model
   */
  public static LearnedSettings bundled() {
    if (RelationModel.class.getResource(RelationModel.RESOURCE) == null) {
      throw new IllegalArgumentException(
          "this newsgraph has no bundled relation model ("
              + RelationModel.RESOURCE
              + "); give a model file made by 'newsgraph train-relations':"
              + " --learned-relations=MODEL");
    }
    return new LearnedSettings(true, Optional.empty(), BUNDLED, Optional.empty());
  }

  /**
   * The classifier with the model in this file (written by {@code newsgraph train-relations}), read
   * once here to check that it is one.
   *
   * @throws IllegalArgumentException naming the file when it is missing or not a relation model
   */
  public static LearnedSettings modelFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "the relation model "
              + file
              + " does not exist; give a file written by 'newsgraph train-relations --output"
              + " FILE', or --learned-relations alone for the bundled model");
    }
    try {
      RelationModel.read(file);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "the relation model "
              + file
              + " cannot be read ("
              + e.getCause().getMessage()
              + "); give a file written by 'newsgraph train-relations --output FILE'",
          e);
    }
    return new LearnedSettings(true, Optional.of(file), FILE + hash(file), Optional.empty());
  }

  /**
   * The settings a store's build.json recorded ({@link #toMap}): off when it recorded none; the
   * model file must still be the one the build used.
   *
   * @throws IllegalArgumentException when the recorded model is unknown, missing or changed
   */
  public static LearnedSettings fromRecorded(Map<String, String> recorded) {
    String relations = recorded.getOrDefault(RELATIONS, "off");
    if (relations.equals("off")) {
      return OFF;
    }
    if (relations.equals(BUNDLED)) {
      return bundled();
    }
    String file = recorded.get(MODEL);
    if (!relations.startsWith(FILE) || file == null) {
      throw new IllegalArgumentException("unknown learned relation model '" + relations + "'");
    }
    LearnedSettings settings = modelFile(Path.of(file));
    if (!settings.modelIdentity().equals(relations)) {
      throw new IllegalArgumentException(
          "the relation model "
              + file
              + " was trained again since the store's last build; build the store again with"
              + " 'newsgraph build --learned-relations="
              + file
              + "'");
    }
    return settings;
  }

  /** These settings writing every candidate pair and its features to the file, for training. */
  public LearnedSettings withDump(Path file) {
    return new LearnedSettings(enabled, model, modelIdentity, Optional.of(file));
  }

  /** These settings without a candidate dump. */
  public LearnedSettings withoutDump() {
    return new LearnedSettings(enabled, model, modelIdentity, Optional.empty());
  }

  /**
   * The settings as build.json records them: {@value #RELATIONS} (graph-defining), and {@value
   * #MODEL} and {@value #DUMP} when given (not graph-defining: where the model lies does not change
   * the graph, its bytes do).
   */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(RELATIONS, modelIdentity);
    model.ifPresent(file -> map.put(MODEL, file.toString()));
    dump.ifPresent(file -> map.put(DUMP, file.toString()));
    return map;
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

  /** The first 16 hex digits of the SHA-256 of the file's bytes. */
  private static String hash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the relation model " + file + " cannot be read (" + e.getMessage() + ")", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
