package org.newsgraph.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/** A dataset whose quad iteration fails after a number of quads, to test aborted writes. */
final class FailingDataset extends DatasetGraphWrapper {

  private final int failAfter;

  FailingDataset(DatasetGraph contents, int failAfter) {
    super(contents);
    this.failAfter = failAfter;
  }

  @Override
  public Iterator<Quad> find() {
    return failing(super.find());
  }

  @Override
  public Iterator<Quad> find(Quad quad) {
    return failing(super.find(quad));
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    return failing(super.find(g, s, p, o));
  }

  private Iterator<Quad> failing(Iterator<Quad> quads) {
    return new Iterator<>() {
      private int delivered;

      @Override
      public boolean hasNext() {
        return quads.hasNext();
      }

      @Override
      public Quad next() {
        if (delivered == failAfter) {
          throw new IllegalStateException("simulated failure after " + failAfter + " quads");
        }
        if (!quads.hasNext()) {
          throw new NoSuchElementException();
        }
        delivered++;
        return quads.next();
      }
    };
  }
}
