package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: strict UTF-8 (a byte order mark is dropped), and a clear refusal
 * for binary files, UTF-16/32 files and anything that is not valid UTF-8.
 */
final class TextDecoder {

  /** More control characters than this share of the text marks a file as binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  /** ...but a handful of stray control characters never does. */
  private static final int MIN_CONTROL_COUNT = 3;

  private TextDecoder() {}

  /**
   * Decodes the bytes.
   *
   * @throws InputRejectedException when the bytes are not UTF-8 text
   */
  static String decode(byte[] bytes) throws InputRejectedException {
    rejectWideUnicode(bytes);
    rejectNulBytes(bytes);
    String text = decodeStrictUtf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    rejectControlCharacters(text);
    return text;
  }

  private static void rejectWideUnicode(byte[] bytes) throws InputRejectedException {
    boolean utf32le = startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00);
    boolean utf32be = startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF);
    if (utf32le || utf32be) {
      throw new InputRejectedException(
          "is UTF-32 text, not UTF-8; convert it to UTF-8 (e.g. iconv -f utf-32 -t utf-8)");
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      throw new InputRejectedException(
          "is UTF-16 text, not UTF-8; convert it to UTF-8 (e.g. iconv -f utf-16 -t utf-8)");
    }
  }

  private static void rejectNulBytes(byte[] bytes) throws InputRejectedException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputRejectedException(
            "looks like a binary file (it contains NUL bytes); give UTF-8 text files (.txt, .md,"
                + " .html, .htm): convert PDFs and word-processor files to text, and UTF-16 text"
                + " with iconv -f utf-16 -t utf-8");
      }
    }
  }

  private static String decodeStrictUtf8(byte[] bytes) throws InputRejectedException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw notUtf8(in.position());
    }
    return out.flip().toString();
  }

  private static InputRejectedException notUtf8(int byteOffset) {
    return new InputRejectedException(
        "not valid UTF-8 (byte offset "
            + byteOffset
            + "); convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)");
  }

  private static void rejectControlCharacters(String text) throws InputRejectedException {
    long controls = text.chars().filter(TextDecoder::isStrayControl).count();
    if (controls >= MIN_CONTROL_COUNT && controls > text.length() * MAX_CONTROL_SHARE) {
      throw new InputRejectedException(
          "looks like a binary file ("
              + controls
              + " control characters); give text files (.txt, .md, .html, .htm)");
    }
  }

  /** A control character that has no place in text (tabs, line and page breaks do). */
  static boolean isStrayControl(int c) {
    boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x85;
    return Character.getType(c) == Character.CONTROL && !layout;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
