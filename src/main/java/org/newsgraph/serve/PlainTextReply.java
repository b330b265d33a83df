package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The server's own answers that are a message for a person: a status and one line of text. */
final class PlainTextReply {

  private PlainTextReply() {}

  /** Answers with {@code status} and {@code message} as UTF-8 text/plain. */
  static void send(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
