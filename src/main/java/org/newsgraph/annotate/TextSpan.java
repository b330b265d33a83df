package org.newsgraph.annotate;

import java.io.Serializable;

/**
 * A stretch of a document's text.
 *
 * @param begin UTF-16 offset (Java {@code String} index) of the first character in the document
 *     text
 * @param end UTF-16 offset just past the last character
 * @param text the document text between the offsets, verbatim
 */
public record TextSpan(int begin, int end, String text) implements Serializable {}
