package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinishedDocumentsTest {

  private final List<String> lines = new ArrayList<>();
  private final FinishedDocuments finished =
      new FinishedDocuments(3, (done, total, id) -> lines.add(done + "/" + total + " " + id));

  @Test
  void eachDocumentIsToldOnceInTheOrderItBecomesKnown() {
    finished.finished(List.of("b"));
    finished.finished(List.of("b", "a"));
    finished.finished(List.of("b", "a", "c"));

    assertEquals(List.of("1/3 b", "2/3 a", "3/3 c"), lines);
    assertEquals(3, finished.count());
  }

  @Test
  void reportsOfSeveralTasksInterleave() {
    finished.finished(List.of("a"));
    finished.finished(List.of("x"));
    finished.finished(List.of("a", "b"));

    assertEquals(List.of("1/3 a", "2/3 x", "3/3 b"), lines);
  }

  @Test
  void neverCountsPastTheTotal() {
    finished.finished(List.of("a", "b", "c", "d"));

    assertEquals(List.of("1/3 a", "2/3 b", "3/3 c"), lines);
  }
}
