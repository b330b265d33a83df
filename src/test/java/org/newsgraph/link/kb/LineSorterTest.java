package org.newsgraph.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSorterTest {

  @TempDir Path temp;

  @Test
  void sortsMoreLinesThanItHoldsByMergingRunsOnDiskAndDeletesThem() throws IOException {
    List<String> lines = List.of("d\t1", "b\t2", "é\t0", "a\t9", "c\t3", "b\t1", "a\t1");
    List<String> out = new ArrayList<>();
    try (LineSorter sorter = new LineSorter(temp, "test", 3)) {
      for (String line : lines) {
        sorter.add(line);
      }
      try (Stream<Path> runs = Files.list(temp)) {
        assertEquals(2, runs.count());
      }
      Iterator<String> sorted = sorter.sorted();
      sorted.forEachRemaining(out::add);
    }
    assertEquals(lines.stream().sorted().toList(), out);
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void groupsConsecutiveLinesByTheirFirstField() {
    Groups groups = new Groups(List.of("a\t1", "a\t2", "ab\t3", "b\t4").iterator());
    List<Integer> sizes = new ArrayList<>();
    groups.forEachRemaining(group -> sizes.add(group.size()));
    assertEquals(List.of(2, 1, 1), sizes);
  }
}
