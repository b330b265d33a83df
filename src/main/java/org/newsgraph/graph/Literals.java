package org.newsgraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The typed literals the graph uses. */
final class Literals {

  private Literals() {}

  static Node string(String value) {
    return NodeFactory.createLiteralString(value);
  }

  static Node xsdDouble(double value) {
    return NodeFactory.createLiteralDT(Double.toString(value), XSDDatatype.XSDdouble);
  }

  static Node xsdInt(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDint);
  }

  static Node nonNegativeInteger(int value) {
    return NodeFactory.createLiteralDT(
        Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
  }
}
