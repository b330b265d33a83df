package org.newsgraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;

/** The typed literals the graph uses. */
final class Literals {

  private Literals() {}

  static Node string(String value) {
    return NodeFactory.createLiteralString(value);
  }

  /**
   * An xsd:double in the canonical form TDB2 stores doubles in (e.g. {@code 0.95e0}), so that a
   * dataset reads back from the store exactly as it was built.
   */
  static Node xsdDouble(double value) {
    return NodeValue.makeDouble(value).asNode();
  }

  static Node xsdInt(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDint);
  }

  static Node nonNegativeInteger(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
  }
}
