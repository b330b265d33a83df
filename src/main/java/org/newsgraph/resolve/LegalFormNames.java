package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * A company's legal form ({@value #LEGAL_FORMS}: "S.A.", "Ltd", "d.o.o.", "Zrt.") ends the
 * company's name: the run of capitalised words right before it, with or without a comma between, is
 * one organisation mention with its legal form ("Acme Ingeniería, S.L.", "Bolt Data d.o.o.").
 * CoreNLP's NER often tags such names as people or places, or splits off the legal form as a place
 * of its own. The found name replaces the mentions it overlaps; a mention that is nothing but a
 * legal form is dropped.
 *
 * <p>A legal form counts when it is written like one: with a dot ("a.s."), or with two capital
 * letters ("SA"), or as a word of three letters or more ("Ltd"); "Sa" or "as" are ordinary words.
 * The name may hold lower-case linking words ("Acme Tecnologías del Agua, S.A."), not at its start,
 * but not "and": "Acme Ltd and Bolt AG" are two companies.
 */
final class LegalFormNames implements MentionRepair {

  static final String LEGAL_FORMS = "org/newsgraph/resolve/legal-forms.txt";

  /** Lower-case words that may link the capitalised words of a company's name. */
  private static final Set<String> LINKING_WORDS =
      Set.of(
          "of", "&", "de", "del", "della", "do", "da", "dos", "das", "di", "du", "des", "van",
          "von", "der", "den", "la", "le", "y", "e", "et", "für");

  /** NER types of words that are never part of a company's name. */
  private static final Set<NerTag> FOREIGN_TYPES =
      Set.of(
          NerTag.TITLE,
          NerTag.DATE,
          NerTag.TIME,
          NerTag.NUMBER,
          NerTag.ORDINAL,
          NerTag.MONEY,
          NerTag.PERCENT,
          NerTag.DURATION);

  private static final int MAX_NAME_TOKENS = 8;

  private final Set<String> forms;
  private final Set<String> formStarts;
  private final int longestForm;

  /** A repair with the forms of {@value #LEGAL_FORMS}. */
  LegalFormNames() {
    this(RuleFile.lines(LEGAL_FORMS));
  }

  LegalFormNames(List<String> forms) {
    this.forms = Set.copyOf(forms);
    this.formStarts =
        forms.stream()
            .flatMap(LegalFormNames::leadingParts)
            .collect(Collectors.toUnmodifiableSet());
    // a form of n words may take up to twice as many tokens ("Sp. z o.o.", "GmbH & Co. KG")
    this.longestForm = 2 * forms.stream().mapToInt(f -> f.split(" ").length).max().orElse(1);
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> found = new ArrayList<>();
    List<NameMention> bareForms = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        int formEnd = formEnd(view, sentence, i);
        if (formEnd < 0) {
          i++;
          continue;
        }
        int nameEnd = i > 0 && view.tokenText(sentence, i - 1).equals(",") ? i - 1 : i;
        int nameBegin = nameBegin(view, sentence, nameEnd);
        if (nameBegin < nameEnd) {
          found.add(
              view.mention(
                  sentence, nameBegin, formEnd, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED));
        } else {
          bareForms.add(
              view.mention(sentence, i, formEnd, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED));
        }
        i = formEnd;
      }
    }
    if (found.isEmpty() && bareForms.isEmpty()) {
      return mentions;
    }
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      boolean replaced = found.stream().anyMatch(mention::overlaps);
      boolean bare = bareForms.stream().anyMatch(f -> within(mention, f));
      if (!replaced && !bare) {
        out.add(mention);
      }
    }
    out.addAll(found);
    out.sort(NameMention.TEXT_ORDER);
    return out;
  }

  private static boolean within(NameMention mention, NameMention span) {
    return mention.sentence() == span.sentence()
        && mention.begin() >= span.begin()
        && mention.end() <= span.end();
  }

  /**
   * The token index just past the longest legal form starting at the token, or -1. The form must be
   * followed by no capitalised word (then it is the start of another name).
   */
  private int formEnd(DocumentView view, Sentence sentence, int start) {
    if (!writtenLikeAForm(view.tokenText(sentence, start))) {
      return -1;
    }
    if (!mayStartAForm(NameKey.of(view.spanText(sentence, start, start + 1)))) {
      return -1;
    }
    int size = sentence.tokens().size();
    int best = -1;
    for (int end = start + 1; end <= Math.min(size, start + longestForm); end++) {
      String key = NameKey.of(view.spanText(sentence, start, end));
      String last = view.tokenText(sentence, end - 1);
      if (Character.isLetter(last.charAt(0)) && forms.contains(key)) {
        best = end;
      }
    }
    if (best < 0) {
      return -1;
    }
    if (best < size && startsWithCapital(view.tokenText(sentence, best))) {
      return -1;
    }
    return best;
  }

  /**
   * Whether a span starting with a token of this normal form can be a form: its normal form is a
   * leading part of one ("sp" of "sp z oo"), or "the", which the normal form of a longer span
   * drops. Saves normalising up to {@link #longestForm} spans at every capitalised word (a
   * corpus-wide cost: every build runs it over every document).
   */
  private boolean mayStartAForm(String firstTokenKey) {
    return formStarts.contains(firstTokenKey) || firstTokenKey.equals("the");
  }

  private static Stream<String> leadingParts(String form) {
    return IntStream.rangeClosed(1, form.length()).mapToObj(n -> form.substring(0, n));
  }

  /** "a.s.", "SA", "Ltd", "GmbH": not a plain lower-case word nor a two-letter word like "Sa". */
  private static boolean writtenLikeAForm(String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    if (word.indexOf('.') > 0) {
      return true;
    }
    long capitals = word.chars().filter(Character::isUpperCase).count();
    if (capitals >= 2) {
      return true;
    }
    return capitals == 1 && Character.isUpperCase(word.charAt(0)) && word.length() >= 3;
  }

  /** The first token of the run of name words that ends just before {@code end}. */
  private static int nameBegin(DocumentView view, Sentence sentence, int end) {
    int begin = end;
    int candidate = end;
    while (candidate > 0 && end - (candidate - 1) <= MAX_NAME_TOKENS) {
      int i = candidate - 1;
      Token token = sentence.tokens().get(i);
      String word = view.tokenText(sentence, i);
      if (isNameWord(token, word)) {
        candidate = i;
        begin = i;
      } else if (begin < end && LINKING_WORDS.contains(word)) {
        candidate = i;
      } else {
        break;
      }
    }
    return begin;
  }

  private static boolean isNameWord(Token token, String word) {
    if (!startsWithCapital(word) || FOREIGN_TYPES.contains(token.ner())) {
      return false;
    }
    String pos = token.pos();
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || pos.equals("FW")
        || pos.equals("CD")
        || token.ner() == NerTag.NATIONALITY;
  }

  private static boolean startsWithCapital(String word) {
    return !word.isEmpty()
        && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
  }
}
