package org.newsgraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans raw article text by general rules, so that the rest of the pipeline sees one paragraph per
 * line. The rules, in order:
 *
 * <ol>
 *   <li>Unicode NFC; CRLF, CR, form feeds and Unicode line separators become {@code \n}.
 *   <li>Invisible characters (byte order marks, zero-width spaces, soft hyphens, word joiners) and
 *       the noncharacters U+FFFE and U+FFFF (valid UTF-8, but not allowed in XML, so they would
 *       break every XML output) are removed; other control characters, tabs and Unicode spaces
 *       become plain spaces; runs of spaces shrink to one; lines are stripped.
 *   <li>A trailing unterminated HTML tag fragment (a page cut off inside a tag, e.g. a last line
 *       {@code <p class="}) is dropped.
 *   <li>Hard-wrapped lines are joined: a line that does not end in sentence punctuation ({@code . !
 *       ? : …}, optionally followed by closing quotes or brackets) is joined to the next line when
 *       that line starts with a lower-case letter. The first line (the headline) and lines that
 *       look like headings (every word of four or more letters capitalised) are never joined.
 *   <li>Runs of blank lines shrink to one blank line; blank lines at either end are removed.
 * </ol>
 */
final class TextCleaner {

  private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\f\u000B\u0085\u2028\u2029]");
  private static final Pattern INVISIBLES =
      Pattern.compile("[\uFEFF\u200B\u00AD\u2060\uFFFE\uFFFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
  private static final Pattern TRAILING_TAG_FRAGMENT = Pattern.compile("<[A-Za-z!/?][^<>]*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…][\"'”’»)\\]]*$");
  private static final int HEADING_WORD_LENGTH = 4;

  private TextCleaner() {}

  /** The cleaned text: no trailing newline, one paragraph per line. */
  static String clean(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = LINE_BREAKS.matcher(text).replaceAll("\n");
    text = INVISIBLES.matcher(text).replaceAll("");
    List<String> lines = tidyLines(text);
    dropTrailingTagFragment(lines);
    return joinLines(joinHardWraps(lines));
  }

  private static List<String> tidyLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(tidy(line));
    }
    return lines;
  }

  private static String tidy(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints()
        .map(c -> TextDecoder.isStrayControl(c) || c == '\t' ? ' ' : c)
        .forEach(out::appendCodePoint);
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  private static void dropTrailingTagFragment(List<String> lines) {
    removeTrailingBlankLines(lines);
    if (lines.isEmpty()) {
      return;
    }
    int last = lines.size() - 1;
    Matcher fragment = TRAILING_TAG_FRAGMENT.matcher(lines.get(last));
    if (fragment.find()) {
      lines.set(last, lines.get(last).substring(0, fragment.start()).strip());
      removeTrailingBlankLines(lines);
    }
  }

  private static void removeTrailingBlankLines(List<String> lines) {
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
  }

  private static List<String> joinHardWraps(List<String> lines) {
    List<String> joined = new ArrayList<>();
    int headline = -1;
    for (String line : lines) {
      int previous = joined.size() - 1;
      if (previous >= 0 && previous != headline && continues(joined.get(previous), line)) {
        joined.set(previous, joined.get(previous) + " " + line);
        continue;
      }
      joined.add(line);
      if (headline < 0 && !line.isEmpty()) {
        headline = joined.size() - 1;
      }
    }
    return joined;
  }

  /** Whether {@code next} continues the hard-wrapped paragraph {@code paragraph}. */
  private static boolean continues(String paragraph, String next) {
    if (paragraph.isEmpty() || next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) {
      return false;
    }
    return !SENTENCE_END.matcher(paragraph).find() && !looksLikeHeading(paragraph);
  }

  /** A line that starts with a capital and capitalises every word of four or more letters. */
  static boolean looksLikeHeading(String line) {
    if (line.isEmpty() || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    for (String word : line.split(" ")) {
      int letters = (int) word.codePoints().filter(Character::isLetter).count();
      int first = word.isEmpty() ? ' ' : word.codePointAt(0);
      if (letters >= HEADING_WORD_LENGTH && Character.isLowerCase(first)) {
        return false;
      }
    }
    return true;
  }

  private static String joinLines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    boolean pendingBlank = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        pendingBlank = text.length() > 0;
        continue;
      }
      if (text.length() > 0) {
        text.append(pendingBlank ? "\n\n" : "\n");
      }
      text.append(line);
      pendingBlank = false;
    }
    return text.toString();
  }
}
