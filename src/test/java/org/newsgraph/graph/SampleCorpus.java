package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
 * A small hand-made corpus (fictional names) shared by the graph, store and export tests: two
 * documents, one with an id that needs percent-encoding and a character outside the Basic
 * Multilingual Plane before its sentences, so that UTF-16 and code point offsets differ.
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
    int begin = text.indexOf(sentenceText);
    return new Evidence(
        docId, sentence, begin, begin + sentenceText.length(), sentenceText, extractor, confidence);
  }
}
