package org.newsgraph.annotate;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.ingest.SourceDocument;

/**
 * How the CoreNLP pipeline is configured. Immutable; build it with {@link #defaults()} or {@link
 * #fromMap(Map)}, which rejects unknown keys.
 *
 * <p>The pipeline is always {@code tokenize,ssplit,pos,lemma,ner,depparse} (plus {@code coref} when
 * asked) and {@code kbp}, with fine-grained NER.
 *
 * @param coref run statistical coreference (about 3x slower annotation); fills {@link
 *     Mention#corefChain()} and {@link AnnotatedDocument#corefLinks()} and lets KBP use canonical
 *     names
 * @param sutime run SUTime inside NER (dates and times as DATE/TIME); off by default: it costs time
 *     and the graph has no date relations
 * @param numericClassifiers run NER's numeric classifiers (NUMBER, MONEY, PERCENT, ORDINAL...)
 * @param newlineIsSentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: {@code always}
 *     (default: ingest keeps one paragraph per line), {@code two} or {@code never}
 * @param verbose let CoreNLP write its progress chatter to stderr; does not change the output
 * @param parallelLoad load the models on two threads (when the machine has several processors);
 *     does not change the output
 * @param pieceChars a document whose text is longer than this many characters is annotated in
 *     pieces of at most this size, cut at paragraph breaks (see {@link TextPieces}), so that
 *     CoreNLP holds one piece at a time; at least {@value #MIN_PIECE_CHARS}. Shorter documents are
 *     annotated whole and do not depend on it
 */
public record AnnotatorSettings(
    boolean coref,
    boolean sutime,
    boolean numericClassifiers,
    String newlineIsSentenceBreak,
    boolean verbose,
    boolean parallelLoad,
    int pieceChars)
    implements Serializable {

  /**
   * Version of the conversion from CoreNLP annotations to records; bump it when the records this
   * package produces change, so that cached annotations are recomputed.
   */
  static final int OUTPUT_VERSION = 2;

  /**
   * Version of the conversion of coreference ({@link CorefLink}), part of the fingerprint only when
   * {@link #coref()} is on: annotations without coreference are unchanged by it, so their cache
   * stays valid when only this number moves.
   */
  static final int COREF_OUTPUT_VERSION = 1;

  /**
   * The CoreNLP release the project is built against (part of the cache fingerprint); a unit test
   * checks it against the jar on the classpath.
   */
  static final String CORENLP_VERSION = "4.5.10";

  /** Setting names accepted by {@link #fromMap(Map)}. */
  public static final List<String> KEYS =
      List.of(
          "coref",
          "sutime",
          "numericClassifiers",
          "newlineIsSentenceBreak",
          "verbose",
          "parallelLoad",
          "pieceChars");

  /** The default of {@link #pieceChars()}: 100,000 characters, some 15,000 words. */
  public static final int DEFAULT_PIECE_CHARS = 100_000;

  /** The smallest accepted {@link #pieceChars()}. */
  public static final int MIN_PIECE_CHARS = 1_000;

  private static final String KIND = "annotator";

  private static final Set<String> SENTENCE_BREAK_VALUES = Set.of("always", "two", "never");

  /** Validates the values. */
  public AnnotatorSettings {
    if (newlineIsSentenceBreak == null || !SENTENCE_BREAK_VALUES.contains(newlineIsSentenceBreak)) {
      throw KeyValueSettings.invalid(
          KIND,
          "newlineIsSentenceBreak",
          "must be one of always, two, never; got '" + newlineIsSentenceBreak + "'");
    }
    if (pieceChars < MIN_PIECE_CHARS) {
      throw KeyValueSettings.invalid(
          KIND,
          "pieceChars",
          "must be a whole number of characters, at least "
              + MIN_PIECE_CHARS
              + "; got "
              + pieceChars);
    }
  }

  /** The settings used unless the user says otherwise: fast, no coreference. */
  public static AnnotatorSettings defaults() {
    return new AnnotatorSettings(false, false, false, "always", false, true, DEFAULT_PIECE_CHARS);
  }

  /**
   * Reads settings from text key/value pairs (e.g. command-line {@code --annotator key=value}).
   * Keys not given keep their {@link #defaults()} value.
   *
   * @throws IllegalArgumentException naming the key when a key is unknown or a value is invalid
   */
  public static AnnotatorSettings fromMap(Map<String, String> values) {
    KeyValueSettings settings = KeyValueSettings.read(KIND, KEYS, values);
    AnnotatorSettings d = defaults();
    return new AnnotatorSettings(
        settings.bool("coref", d.coref()),
        settings.bool("sutime", d.sutime()),
        settings.bool("numericClassifiers", d.numericClassifiers()),
        settings.text("newlineIsSentenceBreak", d.newlineIsSentenceBreak()),
        settings.bool("verbose", d.verbose()),
        settings.bool("parallelLoad", d.parallelLoad()),
        settings.integer(
            "pieceChars",
            d.pieceChars(),
            "a whole number of characters, at least " + MIN_PIECE_CHARS));
  }

  /** The settings as text key/value pairs, the inverse of {@link #fromMap(Map)}. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("coref", Boolean.toString(coref));
    map.put("sutime", Boolean.toString(sutime));
    map.put("numericClassifiers", Boolean.toString(numericClassifiers));
    map.put("newlineIsSentenceBreak", newlineIsSentenceBreak);
    map.put("verbose", Boolean.toString(verbose));
    map.put("parallelLoad", Boolean.toString(parallelLoad));
    map.put("pieceChars", Integer.toString(pieceChars));
    return map;
  }

  /** The CoreNLP annotator list these settings ask for. */
  public String annotators() {
    return coref
        ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp"
        : "tokenize,ssplit,pos,lemma,ner,depparse,kbp";
  }

  /** The CoreNLP pipeline properties. */
  public Properties toProperties() {
    Properties properties = new Properties();
    pipelineProperties().forEach(properties::setProperty);
    return properties;
  }

  private Map<String, String> pipelineProperties() {
    Map<String, String> p = new TreeMap<>();
    p.put("annotators", annotators());
    p.put("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
    p.put("ner.applyFineGrained", "true");
    p.put("ner.useSUTime", Boolean.toString(sutime));
    p.put("ner.applyNumericClassifiers", Boolean.toString(numericClassifiers));
    if (coref) {
      p.put("coref.algorithm", "statistical");
    }
    return p;
  }

  /**
   * A stable description of everything that shapes the annotation output of a document that is
   * annotated whole: CoreNLP version, conversion version and pipeline properties ({@code verbose}
   * and {@code parallelLoad} are left out: they do not change the output, and so is {@code
   * pieceChars}: see {@link #fingerprint(SourceDocument)}). Part of the annotation cache key.
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    text.append("corenlp=").append(CORENLP_VERSION);
    text.append(";output=").append(OUTPUT_VERSION);
    if (coref) {
      text.append(";corefOutput=").append(COREF_OUTPUT_VERSION);
    }
    pipelineProperties().forEach((k, v) -> text.append(';').append(k).append('=').append(v));
    return text.toString();
  }

  /**
   * The fingerprint of this document's annotations: {@link #fingerprint()}, plus {@code pieceChars}
   * when the document is long enough to be annotated in pieces (where the cuts fall depends on it).
   * The annotations of ordinary documents are thus cached under the same key whatever {@code
   * pieceChars} is.
   */
  public String fingerprint(SourceDocument document) {
    return inPieces(document) ? fingerprint() + ";pieceChars=" + pieceChars : fingerprint();
  }

  /** Whether the document is annotated in pieces: its text is longer than {@link #pieceChars}. */
  public boolean inPieces(SourceDocument document) {
    return document.text().length() > pieceChars;
  }
}
