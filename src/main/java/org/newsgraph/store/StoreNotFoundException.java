package org.newsgraph.store;

import java.nio.file.Path;

/** A command that reads a store was given a folder that holds no store yet. */
public class StoreNotFoundException extends StoreException {

  /** There is no store at {@code storeDir}. */
  public StoreNotFoundException(Path storeDir) {
    super(
        "There is no newsgraph store in '"
            + storeDir
            + "'. Build one first: newsgraph build --store "
            + storeDir
            + " FILES...");
  }
}
