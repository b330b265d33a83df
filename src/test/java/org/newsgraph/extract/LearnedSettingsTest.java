package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of the learned relation classifier: made checked, recorded, read back. */
class LearnedSettingsTest {

  @TempDir Path dir;

  @Test
  void offByDefaultAndRecordedAsOff() {
    assertFalse(LearnedSettings.OFF.enabled());
    assertEquals(Optional.empty(), LearnedSettings.OFF.loadModel());
    assertEquals(Map.of("relations", "off"), LearnedSettings.OFF.toMap());
  }

  @Test
  void theBundledModelIsRecordedByNameAndLoads() {
    LearnedSettings bundled = LearnedSettings.bundled();

    assertTrue(bundled.enabled());
    assertEquals(Map.of("relations", "bundled"), bundled.toMap());
    assertTrue(bundled.loadModel().isPresent());
  }

  @Test
  void aModelFileIsRecordedByTheHashOfItsBytes() {
    Path file = TestRelationModels.writeToil(dir.resolve("toil.ser.gz"));

    LearnedSettings settings = LearnedSettings.modelFile(file);

    assertTrue(settings.modelIdentity().startsWith("file:"), settings.modelIdentity());
    assertEquals(file.toString(), settings.toMap().get("model"));
    assertTrue(settings.loadModel().orElseThrow().classifiers().containsKey(Relation.EMPLOYER));
    assertEquals(settings, LearnedSettings.fromRecorded(settings.toMap()));
  }

  @Test
  void aMissingModelFileIsNamedWithWhatToDo() {
    Path missing = dir.resolve("missing.ser.gz");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LearnedSettings.modelFile(missing));

    assertTrue(e.getMessage().contains(missing + " does not exist"), e.getMessage());
    assertTrue(e.getMessage().contains("newsgraph train-relations"), e.getMessage());
  }

  @Test
  void aFileThatIsNoModelIsNamedWithWhatToDo() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not a model", StandardCharsets.UTF_8);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LearnedSettings.modelFile(notes));

    assertTrue(e.getMessage().contains(notes + " cannot be read"), e.getMessage());
    assertTrue(e.getMessage().contains("newsgraph train-relations"), e.getMessage());
  }

  @Test
  void aModelTrainedAgainSinceTheBuildIsRefused() throws Exception {
    Path file = TestRelationModels.writeToil(dir.resolve("toil.ser.gz"));
    Map<String, String> recorded = LearnedSettings.modelFile(file).toMap();
    Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);

    assertThrows(IllegalArgumentException.class, () -> LearnedSettings.fromRecorded(recorded));
  }

  @Test
  void theDumpIsRecordedButKeepsTheModel() {
    LearnedSettings dumping = LearnedSettings.OFF.withDump(Path.of("d.tsv"));

    assertEquals("d.tsv", dumping.toMap().get("dump"));
    assertFalse(dumping.enabled());
    assertEquals(LearnedSettings.OFF, dumping.withoutDump());
    assertNotEquals(LearnedSettings.OFF, dumping);
  }

  @Test
  void unrecordedSettingsAreOff() {
    assertEquals(LearnedSettings.OFF, LearnedSettings.fromRecorded(Map.of()));
  }
}
