package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link EntityGraph} in one graph viewer format, UTF-8. */
interface EntityGraphWriter {

  /** Writes the graph; does not close the stream. */
  void write(EntityGraph graph, OutputStream out) throws IOException;
}
