package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's StAX writer for the XML exports: the document envelope (declaration,
 * root element with namespaces and schema location), element nesting with two-space indentation,
 * and checked XML errors turned into {@link IOException}s.
 */
final class XmlOutput implements AutoCloseable {

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** Writes an element's content. */
  @FunctionalInterface
  interface Content {
    void write() throws XMLStreamException;
  }

  /** Writes a document's content inside its root element. */
  @FunctionalInterface
  interface Body {
    void write(XmlOutput xml) throws XMLStreamException;
  }

  private final XMLStreamWriter xml;
  private int depth;

  private XmlOutput(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Starts a UTF-8 XML document on the stream. */
  private static XmlOutput start(OutputStream out) throws IOException {
    try {
      XMLStreamWriter writer =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      return new XmlOutput(writer);
    } catch (XMLStreamException e) {
      throw new IOException("Cannot start the XML output: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a whole UTF-8 document: the root element with its namespace declarations, the XML Schema
   * instance namespace and schema location, its other attributes and its content.
   *
   * @param namespaces namespace declarations as (attribute, IRI) pairs, e.g. {@code xmlns, NS}
   * @param schemaLocation the value of {@code xsi:schemaLocation}
   * @param attributes the root's other attributes, as name, value pairs
   */
  static void document(
      OutputStream out,
      String root,
      String[] namespaces,
      String schemaLocation,
      String[] attributes,
      Body body)
      throws IOException {
    List<String> rootAttributes = new ArrayList<>(List.of(namespaces));
    rootAttributes.addAll(List.of("xmlns:xsi", XSI, "xsi:schemaLocation", schemaLocation));
    rootAttributes.addAll(List.of(attributes));
    try (XmlOutput xml = start(out)) {
      run(() -> xml.element(root, rootAttributes.toArray(String[]::new), () -> body.write(xml)));
    }
  }

  /** The underlying writer, for namespaces and attributes of the element just started. */
  XMLStreamWriter xml() {
    return xml;
  }

  /** Writes an element on its own line: start tag, attributes (name, value pairs), content, end. */
  void element(String name, String[] attributes, Content content) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    attributes(attributes);
    depth++;
    content.write();
    depth--;
    newLine();
    xml.writeEndElement();
  }

  /** Writes an empty element with attributes (name, value pairs) on its own line. */
  void empty(String name, String... attributes) throws XMLStreamException {
    newLine();
    xml.writeEmptyElement(name);
    attributes(attributes);
  }

  /** Writes an element with attributes and text content on its own line. */
  void text(String name, String text, String... attributes) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    attributes(attributes);
    xml.writeCharacters(legal(text));
    xml.writeEndElement();
  }

  private void attributes(String[] attributes) throws XMLStreamException {
    for (int i = 0; i < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], legal(attributes[i + 1]));
    }
  }

  /**
   * The text with every character XML 1.0 cannot carry (controls other than tab and line breaks,
   * U+FFFE, U+FFFF, lone surrogates) replaced by U+FFFD: the StAX writer escapes markup but writes
   * these as they are, which makes the document unreadable. Ingest removes them from texts; this
   * keeps an export well-formed whatever a store holds.
   */
  static String legal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Ends the document and flushes; the stream stays open. */
  @Override
  public void close() throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot finish the XML output: " + e.getMessage(), e);
    }
  }

  /** Runs XML writing code, turning its checked XML errors into IO errors. */
  private static void run(Content content) throws IOException {
    try {
      content.write();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write the XML output: " + e.getMessage(), e);
    }
  }
}
