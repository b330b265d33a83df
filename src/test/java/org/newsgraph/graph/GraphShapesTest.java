package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** The graph model's shapes (ontology/shapes.ttl) on small hand-written graphs. */
class GraphShapesTest {

  private static final String PREFIXES =
      """
      PREFIX ng: <https://w3id.org/newsgraph/ontology#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX schema: <http://schema.org/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX : <https://example.org/>
      """;

  /** One document, one sentence, two entities, one fact with its evidence: all as it should be. */
  private static final String GOOD =
      """
      GRAPH :corpus {
        :jane a ng:Person ; rdfs:label "Jane Doe" .
        :acme a ng:Organization ; rdfs:label "Acme" ;
          owl:sameAs <http://dbpedia.org/resource/Acme>, <http://www.wikidata.org/entity/Q42> ;
          schema:sameAs <https://en.wikipedia.org/wiki/Acme> .
        :fact a ng:Fact ; rdf:subject :jane ; rdf:predicate ng:employer ; rdf:object :acme ;
          ng:modality ng:Asserted ; ng:confidence "0.9"^^xsd:double ; ng:supportCount "1"^^xsd:int ;
          ng:evidence :ev .
      }
      GRAPH :docgraph {
        :doc a ng:Document ; dct:identifier "a.txt" ; dct:title "Hello" ; dct:source "in/a.txt" ;
          ng:contentHash "%s" ;
          nif:isString "Hello\\nJane Doe works for Acme." .
        :doc_s a nif:Sentence ; nif:anchorOf "Jane Doe works for Acme." ;
          nif:beginIndex "6"^^xsd:nonNegativeInteger ; nif:endIndex "30"^^xsd:nonNegativeInteger ;
          nif:referenceContext :doc .
        :ev a ng:Evidence ; ng:supports :fact ; prov:wasDerivedFrom :doc_s ;
          prov:wasQuotedFrom :doc ; ng:extractor "kbp", "pattern:works-for" ;
          ng:confidence "0.9"^^xsd:double .
      }
      """
          .formatted("0".repeat(64));

  private static ShapeReport check(String trig) {
    DatasetGraph data = RDFParser.fromString(PREFIXES + trig, Lang.TRIG).toDatasetGraph();
    return GraphShapes.standard().check(data);
  }

  private static List<String> problems(String trig) {
    return check(trig).violations().stream().map(ShapeViolation::describe).toList();
  }

  @Test
  void aGraphAsTheModelDescribesConforms() {
    ShapeReport report = check(GOOD);
    assertTrue(report.conforms(), report.violations().toString());
    assertTrue(report.triples() > 20);
  }

  @Test
  void anEntityWithTwoTypesOrTwoLabelsDoesNotConform() {
    List<String> problems =
        problems(
            GOOD.replace(":jane a ng:Person ;", ":jane a ng:Person, ng:City ; rdfs:label \"J\" ;"));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("exactly one entity type")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("exactly one non-empty rdfs:label")),
        problems.toString());
  }

  @Test
  void linksToOtherHostsDoNotConform() {
    List<String> problems =
        problems(GOOD.replace("http://www.wikidata.org/entity/Q42", "http://evil.example/Q42"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("https://example.org/acme "), problems.toString());
  }

  @Test
  void aFactWithoutEvidenceOrWithAConfidenceAboveOneDoesNotConform() {
    String bad =
        GOOD.replace(
                "ng:modality ng:Asserted ; ng:confidence \"0.9\"",
                "ng:modality ng:Asserted ; ng:confidence \"1.5\"")
            .replace("ng:evidence :ev .", ".");
    List<String> problems = problems(bad);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("at least one evidence node")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("ontology#confidence")), problems.toString());
  }

  @Test
  void aSentenceWhoseOffsetsDoNotCutItsTextFromTheDocumentDoesNotConform() {
    List<String> problems =
        problems(GOOD.replace("\"30\"^^xsd:nonNegativeInteger", "\"31\"^^xsd:nonNegativeInteger"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("https://example.org/doc_s"), problems.toString());
    assertTrue(
        problems.get(0).contains("offsets are not inside its document"), problems.toString());
  }

  @Test
  void anAbsoluteSourcePathDoesNotConform() {
    List<String> problems = problems(GOOD.replace("\"in/a.txt\"", "\"/home/me/in/a.txt\""));
    assertEquals(
        List.of(
            "https://example.org/doc <http://purl.org/dc/terms/source>: dct:source is"
                + " never an absolute path (value \"/home/me/in/a.txt\")"),
        problems);
  }
}
