package org.newsgraph.store;

/**
 * A problem with a newsgraph store that the user can act on; the message names the store folder,
 * what is wrong and what to do.
 */
public class StoreException extends RuntimeException {

  /** A store problem with a message for the user. */
  public StoreException(String message) {
    super(message);
  }

  /** A store problem with a message for the user and the underlying cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
