package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Relation;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The hand-made corpora (fictional names) of the graph, store, export, serve and command tests,
 * built without CoreNLP. This class is the first: two documents, one with an id that needs
 * percent-encoding and a character outside the Basic Multilingual Plane before its sentences, so
 * that UTF-16 and code point offsets differ. {@link Wire} is the second, as a built dataset.
 */
public final class SampleCorpus {

  public static final String ADA = "person/ada-lovelace";
  public static final String ALLIANCE = "organization/northern-alliance";
  public static final String BRIGHTWATER = "city/brightwater";
  public static final String FREEDONIA = "country/freedonia";

  public static final String DOC1 = "alliance.txt";
  public static final String DOC2 = "news/2024 May/report#1.txt";

  public static final String DOC1_TEXT =
      "Alliance report \uD835\uDD18\n\n"
          + "Ada Lovelace, the Secretary General of the Northern Alliance, visited Brightwater. "
          + "The Northern Alliance is based in Brightwater. "
          + "Freedonia is not a member of the Northern Alliance.";

  public static final String DOC2_TEXT =
      "Lovelace speaks\n\nLovelace spoke for the Northern Alliance again.";

  /** The sentence of DOC1 that names Ada's title and employer. */
  public static final String ADA_SENTENCE =
      "Ada Lovelace, the Secretary General of the Northern Alliance, visited Brightwater.";

  public static final String HQ_SENTENCE = "The Northern Alliance is based in Brightwater.";
  public static final String MEMBER_SENTENCE =
      "Freedonia is not a member of the Northern Alliance.";
  public static final String DOC2_SENTENCE = "Lovelace spoke for the Northern Alliance again.";

  private SampleCorpus() {}

  public static List<AnnotatedDocument> documents() {
    return List.of(
        annotated(
            DOC1,
            "input/alliance.txt",
            "Alliance report \uD835\uDD18",
            DOC1_TEXT,
            List.of(ADA_SENTENCE, HQ_SENTENCE, MEMBER_SENTENCE)),
        annotated(
            DOC2,
            "input/news/2024 May/report#1.txt",
            "Lovelace speaks",
            DOC2_TEXT,
            List.of(DOC2_SENTENCE)));
  }

  public static ResolvedCorpus corpus() {
    List<Entity> entities =
        List.of(
            new Entity(BRIGHTWATER, EntityType.CITY, "Brightwater", List.of(), Optional.empty()),
            new Entity(
                FREEDONIA, EntityType.COUNTRY, "Freedonia", List.of(), Optional.of("Freedonia")),
            new Entity(
                ALLIANCE,
                EntityType.ORGANIZATION,
                "Northern Alliance",
                List.of(),
                Optional.empty()),
            new Entity(
                ADA,
                EntityType.PERSON,
                "Ada Lovelace",
                List.of("Lovelace"),
                Optional.of("Ada_Lovelace")));
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(ADA, DOC1, DOC1_TEXT, "Ada Lovelace", 0));
    mentions.add(mention(ALLIANCE, DOC1, DOC1_TEXT, "Northern Alliance", 0));
    mentions.add(mention(BRIGHTWATER, DOC1, DOC1_TEXT, "Brightwater", 0));
    mentions.add(mention(FREEDONIA, DOC1, DOC1_TEXT, "Freedonia", 2));
    mentions.add(mention(ADA, DOC2, DOC2_TEXT, "Lovelace", 0));
    mentions.add(mention(ALLIANCE, DOC2, DOC2_TEXT, "Northern Alliance", 0));
    return new ResolvedCorpus(entities, mentions);
  }

  public static List<Fact> facts() {
    return List.of(
        new Fact(
            ADA,
            Relation.TITLE,
            "secretary general",
            Modality.ASSERTED,
            0.9,
            List.of(
                evidence(DOC1, 0, ADA_SENTENCE, "kbp", 0.9),
                evidence(DOC1, 0, ADA_SENTENCE, "pattern:title-before-name", 0.8))),
        new Fact(
            ADA,
            Relation.EMPLOYER,
            ALLIANCE,
            Modality.ASSERTED,
            0.95,
            List.of(
                evidence(DOC1, 0, ADA_SENTENCE, "pattern:title-of-org", 0.85),
                evidence(DOC2, 0, DOC2_SENTENCE, "kbp", 0.7))),
        new Fact(
            ALLIANCE,
            Relation.HEADQUARTERS,
            BRIGHTWATER,
            Modality.ASSERTED,
            0.8,
            List.of(evidence(DOC1, 1, HQ_SENTENCE, "pattern:based-in", 0.8))),
        new Fact(
            FREEDONIA,
            Relation.MEMBER_OF,
            ALLIANCE,
            Modality.NEGATED,
            0.75,
            List.of(evidence(DOC1, 2, MEMBER_SENTENCE, "pattern:member-of", 0.75))),
        new Fact(
            ALLIANCE,
            Relation.LEADER,
            ADA,
            Modality.ASSERTED,
            0.85,
            List.of(evidence(DOC1, 0, ADA_SENTENCE, "pattern:title-of-org", 0.85))));
  }

  /** The content hash a document of this text must carry: hex SHA-256 of its UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AnnotatedDocument annotated(
      String id, String source, String title, String text, List<String> sentenceTexts) {
    List<Sentence> sentences = new ArrayList<>();
    for (String sentence : sentenceTexts) {
      int begin = text.indexOf(sentence);
      sentences.add(
          new Sentence(sentences.size(), begin, begin + sentence.length(), List.of(), List.of()));
    }
    return new AnnotatedDocument(
        new SourceDocument(id, source, title, text, sha256(text)), sentences, List.of(), List.of());
  }

  private static ResolvedMention mention(
      String entityId, String docId, String text, String surface, int sentence) {
    int begin = text.indexOf(surface);
    return new ResolvedMention(entityId, docId, sentence, begin, begin + surface.length(), surface);
  }

  private static Evidence evidence(
      String docId, int sentence, String sentenceText, String extractor, double confidence) {
    String text = docId.equals(DOC1) ? DOC1_TEXT : DOC2_TEXT;
    return evidence(docId, text, sentence, sentenceText, extractor, confidence);
  }

  /** Evidence for a sentence found in the document's text. */
  private static Evidence evidence(
      String docId,
      String text,
      int sentence,
      String sentenceText,
      String extractor,
      double confidence) {
    int begin = text.indexOf(sentenceText);
    if (begin < 0) {
      throw new IllegalStateException("'" + sentenceText + "' is not in " + docId);
    }
    return new Evidence(
        docId, sentence, begin, begin + sentenceText.length(), sentenceText, extractor, confidence);
  }

  /**
   * The wire corpus: two invented news items, six entities, eight facts) turned into a dataset by
   * the real {@link GraphBuilder}, so tests of the exports, the server and the viewer read exactly
   * the graph model a build writes, without running CoreNLP.
   *
   * <p>Entity-level counts: 6 entities; 5 asserted facts between entities (the graph edges); 2
   * asserted title facts; 1 hypothetical fact (not an edge).
   */
  public static final class Wire {

    public static final String DOC_ALLIANCE = "wire/2024-03-01 alliance.txt";
    public static final String DOC_VISIT = "wire/2024-03-02-visit.txt";

    public static final String KELLER = "person/maria-keller";
    public static final String BERG = "person/tom-berg";
    public static final String ALLIANCE = "organization/northern-alliance";
    public static final String NORWAY = "country/norway";
    public static final String DENMARK = "country/denmark";
    public static final String OSLO = "city/oslo";

    /** The sentence that supports "Maria Keller's employer is the Northern Alliance" first. */
    public static final String KELLER_SENTENCE =
        "Maria Keller is the secretary general of the Northern Alliance.";

    public static final int ENTITY_COUNT = 6;
    public static final int ASSERTED_ENTITY_FACTS = 5;

    private static final String ALLIANCE_TEXT =
        "Alliance names new chief\n"
            + KELLER_SENTENCE
            + " The Northern Alliance is based in Oslo."
            + " Keller, a citizen of Norway, met Tom Berg on Monday.";

    private static final String VISIT_TEXT =
        "Berg visits Oslo\n"
            + "Tom Berg, the prime minister of Denmark, visited Oslo."
            + " Keller said Denmark could join the Northern Alliance."
            + " Oslo is the capital of Norway."
            + " Maria Keller works for the Northern Alliance.";

    private Wire() {}

    /** The corpus as an in-memory dataset, built with the default base IRI. */
    public static DatasetGraph dataset() {
      SourceDocument alliance = document(DOC_ALLIANCE, ALLIANCE_TEXT);
      SourceDocument visit = document(DOC_VISIT, VISIT_TEXT);
      List<AnnotatedDocument> docs = List.of(annotated(alliance), annotated(visit));
      List<Entity> entities = entities();
      ResolvedCorpus corpus =
          new ResolvedCorpus(entities, mentions(List.of(alliance, visit), entities));
      return new GraphBuilder(GraphSettings.defaults()).build(docs, corpus, facts(alliance, visit));
    }

    /** The IRI of an entity id under the default base IRI. */
    public static String entityIri(String entityId) {
      return GraphSettings.DEFAULT_BASE_IRI + "entity/" + entityId;
    }

    private static List<Entity> entities() {
      return List.of(
          new Entity(DENMARK, EntityType.COUNTRY, "Denmark", List.of(), Optional.of("Denmark")),
          new Entity(NORWAY, EntityType.COUNTRY, "Norway", List.of(), Optional.of("Norway")),
          new Entity(OSLO, EntityType.CITY, "Oslo", List.of(), Optional.of("Oslo")),
          new Entity(
              ALLIANCE,
              EntityType.ORGANIZATION,
              "Northern Alliance",
              List.of("Alliance"),
              Optional.empty()),
          new Entity(
              KELLER, EntityType.PERSON, "Maria Keller", List.of("Keller"), Optional.empty()),
          new Entity(BERG, EntityType.PERSON, "Tom Berg", List.of("Berg"), Optional.empty()));
    }

    private static List<Fact> facts(SourceDocument alliance, SourceDocument visit) {
      return List.of(
          fact(
              KELLER,
              Relation.EMPLOYER,
              ALLIANCE,
              Modality.ASSERTED,
              0.9,
              evidence(alliance, 0, KELLER_SENTENCE, "kbp", 0.9),
              evidence(
                  visit,
                  3,
                  "Maria Keller works for the Northern Alliance.",
                  "pattern:works-for",
                  0.8)),
          fact(
              KELLER,
              Relation.TITLE,
              "secretary general",
              Modality.ASSERTED,
              0.95,
              evidence(alliance, 0, KELLER_SENTENCE, "pattern:title-of", 0.95)),
          fact(
              ALLIANCE,
              Relation.HEADQUARTERS,
              OSLO,
              Modality.ASSERTED,
              0.8,
              evidence(alliance, 1, "The Northern Alliance is based in Oslo.", "kbp", 0.8)),
          fact(
              KELLER,
              Relation.CITIZENSHIP,
              NORWAY,
              Modality.ASSERTED,
              0.85,
              evidence(
                  alliance,
                  2,
                  "Keller, a citizen of Norway, met Tom Berg on Monday.",
                  "kbp",
                  0.85)),
          fact(
              BERG,
              Relation.TITLE,
              "prime minister",
              Modality.ASSERTED,
              0.9,
              evidence(
                  visit,
                  0,
                  "Tom Berg, the prime minister of Denmark, visited Oslo.",
                  "pattern:title-of",
                  0.9)),
          fact(
              BERG,
              Relation.CITIZENSHIP,
              DENMARK,
              Modality.ASSERTED,
              0.7,
              evidence(
                  visit, 0, "Tom Berg, the prime minister of Denmark, visited Oslo.", "kbp", 0.7)),
          fact(
              DENMARK,
              Relation.MEMBER_OF,
              ALLIANCE,
              Modality.HYPOTHETICAL,
              0.6,
              evidence(
                  visit,
                  1,
                  "Keller said Denmark could join the Northern Alliance.",
                  "pattern:join",
                  0.6)),
          fact(
              OSLO,
              Relation.LOCATED_IN,
              NORWAY,
              Modality.ASSERTED,
              0.9,
              evidence(visit, 2, "Oslo is the capital of Norway.", "pattern:capital-of", 0.9)));
    }

    private static Fact fact(
        String subject,
        Relation relation,
        String object,
        Modality modality,
        double confidence,
        Evidence... evidence) {
      return new Fact(subject, relation, object, modality, confidence, List.of(evidence));
    }

    private static Evidence evidence(
        SourceDocument doc,
        int sentenceIndex,
        String sentence,
        String extractor,
        double confidence) {
      return SampleCorpus.evidence(
          doc.id(), doc.text(), sentenceIndex, sentence, extractor, confidence);
    }

    private static List<ResolvedMention> mentions(
        List<SourceDocument> docs, List<Entity> entities) {
      List<ResolvedMention> mentions = new ArrayList<>();
      for (SourceDocument doc : docs) {
        for (Entity entity : entities) {
          int at = doc.text().indexOf(entity.label());
          if (at >= 0) {
            mentions.add(
                new ResolvedMention(
                    entity.id(), doc.id(), 0, at, at + entity.label().length(), entity.label()));
          }
        }
      }
      return mentions;
    }

    private static SourceDocument document(String id, String text) {
      String title = text.substring(0, text.indexOf('\n'));
      return new SourceDocument(id, "samples/" + id, title, text, sha256(text));
    }

    private static AnnotatedDocument annotated(SourceDocument doc) {
      return new AnnotatedDocument(doc, List.of(), List.of(), List.of());
    }
  }
}
