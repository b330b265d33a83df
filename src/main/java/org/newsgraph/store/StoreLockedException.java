package org.newsgraph.store;

import java.nio.file.Path;

/** The store's database is locked by another process (TDB2 allows one process per database). */
public class StoreLockedException extends StoreException {

  /** The store at {@code storeDir} is in use by another process. */
  public StoreLockedException(Path storeDir, Throwable cause) {
    super(
        "The store folder '"
            + storeDir
            + "' is in use by another newsgraph process (for example a running 'newsgraph serve'"
            + " or build). Stop that process, or give another folder with --store, and try again.",
        cause);
  }
}
