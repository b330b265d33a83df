package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test dictionary {@code tiny-wikidict.tab.gz} (25 invented lines, listed in the comments of
 * {@link WikipediaLinkerTest}), counting how often it is opened.
 */
final class TinyDictionary implements WikiDictionary {

  static final String RESOURCE = "org/newsgraph/resolve/tiny-wikidict.tab.gz";

  private final WikiDictionary delegate = WikiDictionary.fromClasspath(RESOURCE);
  private final AtomicInteger opened = new AtomicInteger();
  private final String identity;

  TinyDictionary() {
    this(null);
  }

  /**
   * @param identity a fixed identity, or null for the resource's own
   */
  TinyDictionary(String identity) {
    this.identity = identity;
  }

  int opened() {
    return opened.get();
  }

  @Override
  public String identity() {
    return identity != null ? identity : delegate.identity();
  }

  @Override
  public InputStream open() throws IOException {
    opened.incrementAndGet();
    return delegate.open();
  }
}
