package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;

/**
 * A small hand-made corpus (two invented news items, six entities, eight facts) turned into a
 * dataset by the real {@link GraphBuilder}, so tests of the exports, the server and the viewer read
 * exactly the graph model a build writes, without running CoreNLP.
 *
 * <p>Entity-level counts: 6 entities; 5 asserted facts between entities (the graph edges); 2
 * asserted title facts; 1 hypothetical fact (not an edge).
 */
public final class SampleCorpus {

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

  private SampleCorpus() {}

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
        new Entity(KELLER, EntityType.PERSON, "Maria Keller", List.of("Keller"), Optional.empty()),
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
                alliance, 2, "Keller, a citizen of Norway, met Tom Berg on Monday.", "kbp", 0.85)),
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
      SourceDocument doc, int sentenceIndex, String sentence, String extractor, double confidence) {
    int begin = doc.text().indexOf(sentence);
    if (begin < 0) {
      throw new IllegalStateException("'" + sentence + "' is not in " + doc.id());
    }
    return new Evidence(
        doc.id(), sentenceIndex, begin, begin + sentence.length(), sentence, extractor, confidence);
  }

  private static List<ResolvedMention> mentions(List<SourceDocument> docs, List<Entity> entities) {
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
    return new SourceDocument(
        id, "samples/" + id, title, text, Integer.toHexString(text.hashCode()));
  }

  private static AnnotatedDocument annotated(SourceDocument doc) {
    return new AnnotatedDocument(doc, List.of(), List.of(), List.of());
  }
}
