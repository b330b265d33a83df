package org.newsgraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A text that a regular expression reads through, which stops the match once the query it belongs
 * to is cancelled (by its timeout or by the client going away). Java's regular expressions never
 * look at the clock: a pattern that backtracks badly over a long text would otherwise run for
 * minutes after the query's timeout. Every character read checks the query's cancel signal.
 */
final class CancellableText implements CharSequence {

  private final String text;
  private final AtomicBoolean cancelled;

  CancellableText(String text, AtomicBoolean cancelled) {
    this.text = text;
    this.cancelled = cancelled;
  }

  @Override
  public char charAt(int index) {
    if (cancelled.get()) {
      throw new QueryCancelledException();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new CancellableText(text.substring(start, end), cancelled);
  }

  @Override
  public String toString() {
    return text;
  }
}
