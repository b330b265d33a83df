package org.newsgraph.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * JSON form of {@link AnnotatedDocument} (Jackson, record components as fields). Used by the
 * annotation cache and for debugging dumps. Reading is strict: unknown or missing structure fails
 * with an {@link IOException}.
 */
public final class AnnotationCodec {

  private final ObjectMapper mapper;

  /** A codec writing indented JSON. */
  public AnnotationCodec() {
    this.mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.CLOSE_CLOSEABLE);
  }

  /** The document as JSON text. */
  public String toJson(AnnotatedDocument document) {
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Could not write annotations as JSON", e);
    }
  }

  /** Parses JSON text written by {@link #toJson}. */
  public AnnotatedDocument fromJson(String json) throws IOException {
    return mapper.readValue(json, AnnotatedDocument.class);
  }

  /** Writes the document as JSON; the stream is left open. */
  public void write(AnnotatedDocument document, OutputStream out) throws IOException {
    mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
  }

  /** Reads one document written by {@link #write}; the stream is left open. */
  public AnnotatedDocument read(InputStream in) throws IOException {
    return mapper
        .reader()
        .without(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .readValue(in, AnnotatedDocument.class);
  }
}
