package org.newsgraph.store;

/** A SPARQL query that does not parse; the message is the parser's, with line and column. */
public class InvalidQueryException extends StoreException {

  private final int line;
  private final int column;

  /**
   * An invalid query.
   *
   * @param message the parser's message
   * @param line 1-based line of the error, or -1 when unknown
   * @param column 1-based column of the error, or -1 when unknown
   * @param cause the parser's exception
   */
  public InvalidQueryException(String message, int line, int column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line of the error, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the error, or -1 when unknown. */
  public int column() {
    return column;
  }
}
