package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags as {@link NerTag#TITLE} the offices of {@code office-nouns.txt} that NER left untagged
 * ("High Commissioner", "Consul-General", "Vice-Chancellor"), so that the pattern rules read them
 * as titles. Only tokens NER tagged {@code O} or {@code TITLE} are retagged, and a name's first
 * tokens when the name follows ("Taoiseach Jane Doe", read by NER as one person); the longest
 * office starting at a token wins. A line "head of *" stands for the office of a field: the word,
 * "of" and one to {@link #MAX_FIELD} lower-case nouns or adjectives that end in a noun ("head of
 * operations", "director of investor relations"; not "head of the section": a determiner starts a
 * body, which the rules read).
 */
final class OfficeNouns {

  /** The most tokens an office may span ("deputy head of mission", "Consul - General"). */
  private static final int MAX_TOKENS = 6;

  /** The most words the field of a "head of *" office may have ("head of overseas investment"). */
  private static final int MAX_FIELD = 3;

  /** How a line of the list marks the office of a field. */
  private static final String FIELD_SUFFIX = " of *";

  private final Set<String> offices;
  private final Set<String> fieldOffices;

  OfficeNouns(Set<String> lines) {
    Set<String> plain = new HashSet<>();
    Set<String> fields = new HashSet<>();
    for (String line : lines) {
      if (line.endsWith(FIELD_SUFFIX)) {
        fields.add(line.substring(0, line.length() - FIELD_SUFFIX.length()));
      } else {
        plain.add(line);
      }
    }
    this.offices = Set.copyOf(plain);
    this.fieldOffices = Set.copyOf(fields);
  }

  static OfficeNouns loadDefault() {
    Set<String> offices = new HashSet<>();
    for (String line : RuleFile.lines("org/newsgraph/annotate/office-nouns.txt")) {
      offices.add(normal(line));
    }
    return new OfficeNouns(offices);
  }

  /** The sentence with its offices tagged as titles (the same sentence when it has none). */
  Sentence retag(String text, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Token> out = new ArrayList<>(tokens);
    boolean changed = false;
    int i = 0;
    while (i < tokens.size()) {
      int end = Math.max(longestOffice(text, tokens, i), fieldOffice(tokens, i));
      if (end < 0) {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        Token t = tokens.get(k);
        if (t.ner() != NerTag.TITLE) {
          out.set(
              k,
              new Token(t.index(), t.word(), t.lemma(), t.pos(), NerTag.TITLE, t.begin(), t.end()));
          changed = true;
        }
      }
      i = end;
    }
    return changed
        ? new Sentence(
            sentence.index(), sentence.begin(), sentence.end(), out, sentence.dependencies())
        : sentence;
  }

  /** The end (exclusive) of the longest office starting at token i, or -1. */
  private int longestOffice(String text, List<Token> tokens, int i) {
    int best = -1;
    for (int end = i + 1; end <= Math.min(tokens.size(), i + MAX_TOKENS); end++) {
      if (!retaggable(tokens, i, end)) {
        break;
      }
      String words = text.substring(tokens.get(i).begin(), tokens.get(end - 1).end());
      if (offices.contains(normal(words))) {
        best = end;
      }
    }
    return best;
  }

  /**
   * The end (exclusive) of the office of a field starting at token i ("head of operations"), or -1:
   * the office word, "of", and lower-case nouns or adjectives up to the last noun.
   */
  private int fieldOffice(List<Token> tokens, int i) {
    Token head = tokens.get(i);
    boolean untagged = head.ner() == NerTag.O || head.ner() == NerTag.TITLE;
    if (!untagged
        || !fieldOffices.contains(head.word().toLowerCase(Locale.ROOT))
        || i + 2 >= tokens.size()
        || !tokens.get(i + 1).word().equals("of")) {
      return -1;
    }
    int end = -1;
    for (int k = i + 2; k < Math.min(tokens.size(), i + 2 + MAX_FIELD); k++) {
      Token t = tokens.get(k);
      if (t.ner() != NerTag.O || !t.word().matches("\\p{Ll}[\\p{Ll}-]*")) {
        break;
      }
      if (t.pos().startsWith("NN")) {
        end = k + 1;
      } else if (!t.pos().startsWith("JJ") && !t.pos().equals("VBG")) {
        break;
      }
    }
    return end;
  }

  /**
   * Whether token end-1 may become part of a title: NER left it untagged or tagged it a title, or
   * it opens a person's name that goes on after it.
   */
  private static boolean retaggable(List<Token> tokens, int begin, int end) {
    Token t = tokens.get(end - 1);
    if (t.ner() == NerTag.O || t.ner() == NerTag.TITLE) {
      return true;
    }
    boolean nameStart =
        t.ner() == NerTag.PERSON
            && (end - 1 == begin || tokens.get(end - 2).ner() != NerTag.PERSON);
    return nameStart && end < tokens.size() && tokens.get(end).ner() == NerTag.PERSON;
  }

  /** Lower case, hyphens and runs of spaces as one space. */
  private static String normal(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐‑]+", " ").strip();
  }
}
