package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link GraphStoreIT}: opens the store given as the argument, prints {@code
 * locked FOLDER} and holds it until its standard input is closed.
 */
public final class StoreLockHolder {

  private StoreLockHolder() {}

  public static void main(String[] args) throws IOException {
    try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
      System.out.println("locked " + store.location());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our input
      }
    }
  }
}
