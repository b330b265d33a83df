package org.newsgraph.graph;

/**
 * One SHACL result: the node that does not conform, the property, the offending value and the
 * shape's message.
 *
 * @param focusNode the node checked, as an IRI or blank-node label
 * @param path the property path, empty for a node-level constraint
 * @param value the offending value, empty when there is none (a missing property)
 * @param message what the shape requires
 */
public record ShapeViolation(String focusNode, String path, String value, String message) {

  /** One line for a terminal: {@code <node> path: message (value)}. */
  public String describe() {
    return focusNode
        + (path.isEmpty() ? "" : " " + path)
        + ": "
        + message
        + (value.isEmpty() ? "" : " (value " + value + ")");
  }
}
