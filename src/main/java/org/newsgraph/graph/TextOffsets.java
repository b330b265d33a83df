package org.newsgraph.graph;

/**
 * Converts the pipeline's UTF-16 offsets (Java string indices) to the Unicode code point offsets
 * NIF requires.
 */
final class TextOffsets {

  private TextOffsets() {}

  /**
   * The code point index of a UTF-16 offset into a text.
   *
   * @throws IllegalArgumentException when the offset is outside the text or splits a surrogate pair
   */
  static int codePointIndex(String text, int utf16Offset, String referrer) {
    if (utf16Offset < 0 || utf16Offset > text.length()) {
      throw new IllegalArgumentException(
          referrer
              + " has offset "
              + utf16Offset
              + " outside its document's text (length "
              + text.length()
              + ")");
    }
    if (utf16Offset > 0
        && utf16Offset < text.length()
        && Character.isHighSurrogate(text.charAt(utf16Offset - 1))
        && Character.isLowSurrogate(text.charAt(utf16Offset))) {
      throw new IllegalArgumentException(
          referrer + " has offset " + utf16Offset + " inside a surrogate pair");
    }
    return text.codePointCount(0, utf16Offset);
  }
}
