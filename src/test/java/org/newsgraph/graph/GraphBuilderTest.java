package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graph.SampleCorpus.ADA;
import static org.newsgraph.graph.SampleCorpus.ADA_SENTENCE;
import static org.newsgraph.graph.SampleCorpus.ALLIANCE;
import static org.newsgraph.graph.SampleCorpus.DOC1_TEXT;
import static org.newsgraph.graph.SampleCorpus.DOC2;
import static org.newsgraph.graph.SampleCorpus.DOC2_TEXT;
import static org.newsgraph.graph.SampleCorpus.HQ_SENTENCE;
import static org.newsgraph.graph.SampleCorpus.MEMBER_SENTENCE;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Relation;
import org.newsgraph.link.WikidataIds;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;

class GraphBuilderTest {

  private static final String BASE = GraphSettings.DEFAULT_BASE_IRI;
  private static final String DOC2_IRI = BASE + "doc/news/2024%20May/report%231.txt";

  private final DatasetGraph dataset = build(GraphSettings.defaults());

  private static DatasetGraph build(GraphSettings settings) {
    return new GraphBuilder(settings)
        .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
  }

  @Test
  void entitiesHaveTypeLabelsAndWikipediaLinksInTheCorpusGraph() {
    assertTrue(
        Sparql.askDataset(
            dataset,
            """
        { GRAPH d:graph\\/corpus {
            d:entity\\/person\\/ada-lovelace a ng:Person ;
              rdfs:label "Ada Lovelace" ; skos:altLabel "Lovelace" ;
              owl:sameAs dbr:Ada_Lovelace ;
              schema:sameAs <https://en.wikipedia.org/wiki/Ada_Lovelace> .
            d:entity\\/organization\\/northern-alliance a ng:Organization .
            d:entity\\/city\\/brightwater a ng:City .
            d:entity\\/country\\/freedonia a ng:Country . } }"""));
    assertEquals(
        List.of(),
        Sparql.selectUnion(dataset, "WHERE { d:entity\\/city\\/brightwater owl:sameAs ?x }", "x"));
  }

  @Test
  void eachDocumentHasItsOwnGraphWithTextAndMetadata() {
    List<String> texts =
        Sparql.selectDataset(
            dataset,
            """
        WHERE { GRAPH ?g { ?doc a ng:Document , nif:Context ; dct:identifier "news/2024 May/report#1.txt" ;
          dct:title "Lovelace speaks" ; dct:source "input/news/2024 May/report#1.txt" ;
          ng:contentHash ?hash ; nif:isString ?text } }""",
            "text");
    assertEquals(List.of(DOC2_TEXT), texts);
    assertEquals(
        List.of(BASE + "graph/doc/news/2024%20May/report%231.txt"),
        Sparql.selectDataset(
            dataset, "WHERE { GRAPH ?g { <" + DOC2_IRI + "> a ng:Document } }", "g"));
    assertEquals(
        List.of(SampleCorpus.sha256(DOC2_TEXT)),
        Sparql.selectUnion(dataset, "WHERE { <" + DOC2_IRI + "> ng:contentHash ?h }", "h"));
  }

  @Test
  void documentsMentionTheEntitiesResolvedInThem() {
    assertEquals(
        List.of(
            BASE + "entity/organization/northern-alliance", BASE + "entity/person/ada-lovelace"),
        Sparql.selectUnion(
            dataset, "WHERE { <" + DOC2_IRI + "> schema:mentions ?e } ORDER BY ?e", "e"));
    assertTrue(
        Sparql.askDataset(
            dataset,
            "{ GRAPH d:graph\\/doc\\/alliance.txt {"
                + " d:doc\\/alliance.txt schema:mentions d:entity\\/country\\/freedonia } }"));
  }

  @Test
  void sentencesUseCodePointOffsetsAndQuoteTheText() {
    int utf16Begin = DOC1_TEXT.indexOf(HQ_SENTENCE);
    int begin = utf16Begin - 1; // one supplementary character before it counts twice in UTF-16
    int end = begin + HQ_SENTENCE.length();
    String sentence = BASE + "doc/alliance.txt#char=" + begin + "," + end;
    List<String> anchors =
        Sparql.selectDataset(
            dataset,
            "WHERE { GRAPH d:graph\\/doc\\/alliance.txt {"
                + " <"
                + sentence
                + "> a nif:Sentence ; nif:anchorOf ?text ;"
                + " nif:beginIndex "
                + "\""
                + begin
                + "\"^^xsd:nonNegativeInteger ;"
                + " nif:endIndex \""
                + end
                + "\"^^xsd:nonNegativeInteger ;"
                + " nif:referenceContext d:doc\\/alliance.txt } }",
            "text");
    assertEquals(List.of(HQ_SENTENCE), anchors);
  }

  @Test
  void factEvidenceSentenceIsReachableFromTheFact() {
    List<String> sentences =
        Sparql.selectUnion(
            dataset,
            """
        WHERE { ?fact a ng:Fact ; rdf:subject d:entity\\/person\\/ada-lovelace ;
            rdf:predicate ng:employer ; rdf:object ?org ; ng:evidence ?ev .
          ?ev prov:wasDerivedFrom ?s ; prov:wasQuotedFrom ?doc .
          ?s nif:anchorOf ?text .
          ?doc dct:title ?title } ORDER BY ?title""",
            "text");
    assertEquals(List.of(ADA_SENTENCE, SampleCorpus.DOC2_SENTENCE), sentences);
  }

  @Test
  void factNodeIriIsTheHashOfSubjectRelationAndObject() {
    assertEquals("cca12674f0fff92b", IriMinter.factHash(ADA, Relation.EMPLOYER, ALLIANCE));
    assertTrue(
        Sparql.askDataset(
            dataset,
            "{ GRAPH d:graph\\/corpus {"
                + " <"
                + BASE
                + "fact/cca12674f0fff92b> a ng:Fact , rdf:Statement ;"
                + " rdf:subject d:entity\\/person\\/ada-lovelace ; rdf:predicate ng:employer ;"
                + " rdf:object d:entity\\/organization\\/northern-alliance ; ng:modality ng:Asserted ;"
                + " ng:confidence ?c ; ng:supportCount \"2\"^^xsd:int }"
                + " FILTER(datatype(?c) = xsd:double && ?c = 0.95) }"));
    assertTrue(
        Sparql.askUnion(
            dataset,
            "{ <" + BASE + "fact/bacd68ebefed9c6d>" + " rdf:object \"secretary general\" }"));
  }

  @Test
  void extractorsOfOneSentenceShareOneEvidenceNode() {
    String evidence = BASE + "evidence/bacd68ebefed9c6d/alliance.txt/0";
    assertEquals(
        List.of("kbp", "pattern:title-before-name"),
        Sparql.selectDataset(
            dataset,
            "WHERE { GRAPH d:graph\\/doc\\/alliance.txt { <"
                + evidence
                + "> a ng:Evidence, prov:Entity ;"
                + " ng:supports ?f ; ng:extractor ?x } } ORDER BY ?x",
            "x"));
    assertTrue(
        Sparql.askUnion(
            dataset,
            "{ <"
                + evidence
                + "> ng:confidence ?c"
                + " FILTER(datatype(?c) = xsd:double && ?c = 0.9) }"));
    assertEquals(
        1,
        Sparql.selectUnion(dataset, "WHERE { <" + evidence + "> ng:confidence ?c }", "c").size());
    assertEquals(
        List.of("1"),
        Sparql.selectUnion(
            dataset, "WHERE { ?f rdf:object \"secretary general\" ; ng:supportCount ?n }", "n"));
  }

  @Test
  void assertedFactsArePlainTriplesInEachSupportingDocumentGraph() {
    assertEquals(
        List.of(BASE + "graph/doc/alliance.txt", BASE + "graph/doc/news/2024%20May/report%231.txt"),
        Sparql.selectDataset(
            dataset,
            "WHERE { GRAPH ?g { d:entity\\/person\\/ada-lovelace"
                + " ng:employer d:entity\\/organization\\/northern-alliance } } ORDER BY ?g",
            "g"));
    assertTrue(
        Sparql.askDataset(
            dataset,
            "{ GRAPH d:graph\\/doc\\/alliance.txt {"
                + " d:entity\\/person\\/ada-lovelace ng:title \"secretary general\" } }"));
    assertFalse(Sparql.askDataset(dataset, "{ GRAPH d:graph\\/corpus { ?s ng:employer ?o } }"));
  }

  @Test
  void negatedFactsKeepTheirFactNodeButAreNotAsserted() {
    assertFalse(Sparql.askUnion(dataset, "{ d:entity\\/country\\/freedonia ng:memberOf ?o }"));
    List<String> quoted =
        Sparql.selectUnion(
            dataset,
            """
        WHERE { ?f rdf:subject d:entity\\/country\\/freedonia ; rdf:predicate ng:memberOf ;
          ng:modality ng:Negated ; ng:evidence/prov:wasDerivedFrom/nif:anchorOf ?text }""",
            "text");
    assertEquals(List.of(MEMBER_SENTENCE), quoted);
  }

  @Test
  void theOntologyIsInItsOwnGraph() {
    assertTrue(
        Sparql.askDataset(
            dataset,
            "{ GRAPH <"
                + NG.ONTOLOGY_IRI
                + "> {"
                + " ng:employer rdfs:subPropertyOf wdt:P108 } }"));
  }

  @Test
  void theSameInputGivesTheSameQuads() {
    assertEquals(quads(dataset), quads(build(GraphSettings.defaults())));
  }

  @Test
  void everyIriStartsWithTheConfiguredBase() {
    String base = "http://example.org/kg#";
    DatasetGraph other = build(new GraphSettings(base));
    List<String> subjects =
        Sparql.selectDataset(
            other, "WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + NG.ONTOLOGY_IRI + ">) }", "s");
    assertTrue(subjects.stream().allMatch(s -> s.startsWith(base)), subjects.toString());
    assertTrue(
        Sparql.askUnion(
            other,
            "{ ?s a nif:Sentence FILTER(STRSTARTS(STR(?s), \""
                + base
                + "doc/alliance.txt/char=\")) }"));
  }

  @Test
  void aFactAboutAnUnknownEntityIsRejectedWithItsName() {
    List<Fact> facts = new ArrayList<>(SampleCorpus.facts());
    facts.add(
        new Fact(ADA, Relation.CITIZENSHIP, "country/nowhere", Modality.ASSERTED, 0.5, List.of()));
    String message = rejection(facts);
    assertTrue(message.contains("country/nowhere"), message);
  }

  @Test
  void evidenceFromAnUnknownDocumentIsRejected() {
    List<Fact> facts =
        List.of(
            new Fact(
                ADA,
                Relation.EMPLOYER,
                ALLIANCE,
                Modality.ASSERTED,
                0.5,
                List.of(new Evidence("missing.txt", 0, 0, 5, "Hello", "kbp", 0.5))));
    String message = rejection(facts);
    assertTrue(message.contains("missing.txt"), message);
  }

  @Test
  void duplicateFactsAreRejected() {
    List<Fact> facts = new ArrayList<>(SampleCorpus.facts());
    facts.add(new Fact(ADA, Relation.EMPLOYER, ALLIANCE, Modality.HYPOTHETICAL, 0.5, List.of()));
    String message = rejection(facts);
    assertTrue(message.contains("twice"), message);
  }

  @Test
  void evidenceOutsideTheTextIsRejected() {
    List<Fact> facts =
        List.of(
            new Fact(
                ADA,
                Relation.EMPLOYER,
                ALLIANCE,
                Modality.ASSERTED,
                0.5,
                List.of(new Evidence(DOC2, 0, 10, 10_000, "x", "kbp", 0.5))));
    String message = rejection(facts);
    assertTrue(message.contains("10000"), message);
  }

  @Test
  void linkedEntitiesWhoseTitleHasAQidAreSameAsTheWikidataItem() throws Exception {
    WikidataIds ids =
        WikidataIds.read(
            new StringReader(
                "# invented\nFreedonia\tQ9000001\tplace\nAda_Lovelace\tQ9000002\torg\n"),
            "invented table");
    DatasetGraph linked =
        new GraphBuilder(GraphSettings.defaults(), () -> ids)
            .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
    assertEquals(
        List.of("http://dbpedia.org/resource/Freedonia", "http://www.wikidata.org/entity/Q9000001"),
        Sparql.selectUnion(
            linked, "WHERE { d:entity\\/country\\/freedonia owl:sameAs ?x } ORDER BY ?x", "x"));
    assertTrue(
        Sparql.askDataset(
            linked,
            "{ GRAPH d:graph\\/corpus { d:entity\\/country\\/freedonia owl:sameAs wd:Q9000001 } }"));
    // an 'org' QID is not given to a person linked to the same title
    assertEquals(
        List.of("http://dbpedia.org/resource/Ada_Lovelace"),
        Sparql.selectUnion(
            linked, "WHERE { d:entity\\/person\\/ada-lovelace owl:sameAs ?x }", "x"));
    assertEquals("http://www.wikidata.org/entity/", linked.prefixes().get("wd"));
  }

  @Test
  void theQidTableIsNotReadWhenNoEntityIsLinked() {
    ResolvedCorpus unlinked =
        new ResolvedCorpus(
            List.of(
                new Entity(
                    "city/brightwater",
                    EntityType.CITY,
                    "Brightwater",
                    List.of(),
                    Optional.empty())),
            List.of());
    new GraphBuilder(
            GraphSettings.defaults(),
            () -> {
              throw new AssertionError("the table was read");
            })
        .build(List.of(), unlinked, List.of());
  }

  @Test
  void wikipediaTitlesWithReservedCharactersBecomeValidIris() {
    ResolvedCorpus corpus =
        new ResolvedCorpus(
            List.of(
                new Entity(
                    "place/odd",
                    EntityType.PLACE,
                    "Odd",
                    List.of(),
                    Optional.of("What?_100%_(place)"))),
            List.of());
    DatasetGraph odd =
        new GraphBuilder(GraphSettings.defaults()).build(List.of(), corpus, List.of());
    assertEquals(
        List.of("http://dbpedia.org/resource/What%3F_100%25_(place)"),
        Sparql.selectUnion(odd, "WHERE { ?e owl:sameAs ?x }", "x"));
  }

  @Test
  void documentIdSegmentsArePercentEncoded() {
    assertEquals("news/2024%20May/report%231.txt", IriMinter.encodePath(DOC2));
    assertEquals("caf%C3%A9/%C3%A9t%C3%A9.txt", IriMinter.encodePath("café/été.txt"));
    assertEquals(
        BASE + "evidence/abc/news/2024%20May/report%231.txt/3",
        new IriMinter(GraphSettings.defaults()).evidence("abc", DOC2, 3).getURI());
  }

  private static Set<Quad> quads(DatasetGraph dataset) {
    Set<Quad> quads = new HashSet<>();
    dataset.find().forEachRemaining(quads::add);
    return quads;
  }

  /** The message with which the graph builder refuses these facts over the sample corpus. */
  private static String rejection(List<Fact> facts) {
    return assertThrows(
            IllegalArgumentException.class,
            () ->
                new GraphBuilder(GraphSettings.defaults())
                    .build(SampleCorpus.documents(), SampleCorpus.corpus(), facts))
        .getMessage();
  }
}
