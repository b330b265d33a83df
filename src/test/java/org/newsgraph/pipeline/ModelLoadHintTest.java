package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModelLoadHintTest {

  private static long seconds(long s) {
    return TimeUnit.SECONDS.toNanos(s);
  }

  @Test
  void advisesTheServerWhenLoadingWasMostOfTheBuild() {
    String hint = ModelLoadHint.forBuild(seconds(12), seconds(19)).orElseThrow();
    assertTrue(hint.contains("took 12 s of this build's 19 s"), hint);
    assertTrue(hint.contains("newsgraph serve --allow-ingest"), hint);
    assertTrue(hint.contains("/ingest"), hint);
  }

  @Test
  void saysNothingWhenAnnotationWasMostOfTheBuild() {
    assertEquals(Optional.empty(), ModelLoadHint.forBuild(seconds(12), seconds(77)));
  }

  @Test
  void saysNothingWhenNoModelsWereLoaded() {
    assertEquals(Optional.empty(), ModelLoadHint.forBuild(0, seconds(30)));
  }

  @Test
  void saysNothingAboutAQuickBuild() {
    assertEquals(Optional.empty(), ModelLoadHint.forBuild(seconds(3), seconds(4)));
  }
}
