package org.newsgraph.store;

/** A folder given as a store is not one newsgraph created (or could create) a store in. */
public class NotAStoreException extends StoreException {

  /** The folder is not a newsgraph store, for the reason given. */
  public NotAStoreException(String message) {
    super(message);
  }
}
