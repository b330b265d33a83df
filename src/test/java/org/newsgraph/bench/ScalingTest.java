package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void throughputPerCoreDividesDocumentsPerSecondByTheCores() {
    assertEquals(2.0, Scaling.perCore(200, 100 * SECOND, 1), 1e-9);
    assertEquals(1.0, Scaling.perCore(200, 100 * SECOND, 2), 1e-9);
    assertEquals(0.0, Scaling.perCore(200, 0, 2), 1e-9);
  }

  @Test
  void aLinearTimeFitsExponentOneAQuadraticTwo() {
    List<Integer> sizes = List.of(50, 100, 200, 400);
    assertEquals(
        1.0,
        Scaling.fittedExponent(sizes, List.of(5 * SECOND, 10 * SECOND, 20 * SECOND, 40 * SECOND)),
        1e-9);
    assertEquals(
        2.0,
        Scaling.fittedExponent(sizes, List.of(1 * SECOND, 4 * SECOND, 16 * SECOND, 64 * SECOND)),
        1e-9);
  }

  @Test
  void theFitIsTheLeastSquaresSlopeThroughNoisyPoints() {
    // log2 sizes 1,2,3 ; log2 times 1,3,3: slope 1 in log2 space, the same in natural logs
    assertEquals(1.0, Scaling.fittedExponent(List.of(2, 4, 8), List.of(2L, 8L, 8L)), 1e-9);
  }

  @Test
  void nLogNShowsAnExponentALittleAboveOne() {
    double k = Scaling.nLogNExponent(List.of(50, 100, 200, 400));
    // n ln n from 50 to 400: 195.6 -> 2396.6, i.e. 400/50 = 8 times the size, 12.25 times the time
    assertEquals(Math.log(2396.586 / 195.601) / Math.log(8), k, 0.01);
    assertTrue(k > 1.15 && k < 1.25, "k = " + k);
  }

  @Test
  void oneSizeCannotBeFitted() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Scaling.fittedExponent(List.of(100, 100), List.of(SECOND, 2 * SECOND)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Scaling.fittedExponent(List.of(100, 200), List.of(SECOND)));
  }
}
