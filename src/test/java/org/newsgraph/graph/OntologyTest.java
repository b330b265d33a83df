package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.extract.Relation;
import org.newsgraph.resolve.EntityType;

class OntologyTest {

  /** The scorer's standard class for each entity type (eval/README.md). */
  private static final Map<EntityType, List<String>> STANDARD_CLASSES =
      Map.of(
          EntityType.PERSON, List.of("http://schema.org/Person"),
          EntityType.ORGANIZATION,
              List.of("http://schema.org/Organization", "http://www.w3.org/ns/org#Organization"),
          EntityType.COUNTRY, List.of("http://schema.org/Country"),
          EntityType.CITY, List.of("http://schema.org/City"),
          EntityType.PLACE, List.of("http://schema.org/Place"));

  private final Graph ontology = Ontology.load();

  @Test
  void theClasspathCopyIsTheFileAtTheTopOfTheRepository() {
    Graph file = RDFParser.source(Path.of("ontology/newsgraph.ttl")).toGraph();
    assertTrue(IsoMatcher.isomorphic(file, ontology));
  }

  @ParameterizedTest
  @EnumSource(Relation.class)
  void eachRelationIsASubPropertyOfItsWikidataProperty(Relation relation) {
    String property = "<" + NG.NS + relation.localName() + ">";
    assertTrue(
        ask(
            "{ "
                + property
                + " rdfs:subPropertyOf wdt:"
                + relation.wikidataProperty()
                + " ; rdfs:label ?l ; rdfs:comment ?c }"),
        relation.toString());
    String kind = relation.hasLiteralObject() ? "owl:DatatypeProperty" : "owl:ObjectProperty";
    assertTrue(ask("{ " + property + " a " + kind + " }"), relation + " is an " + kind);
    assertTrue(
        ask("{ wdt:" + relation.wikidataProperty() + " rdfs:label ?l }"),
        "wdt:" + relation.wikidataProperty() + " is declared");
  }

  @ParameterizedTest
  @EnumSource(EntityType.class)
  void eachEntityClassReachesTheScorersStandardClass(EntityType type) {
    for (String standard : STANDARD_CLASSES.get(type)) {
      assertTrue(
          ask(
              "{ <"
                  + NG.entityClass(type).getURI()
                  + ">"
                  + " (rdfs:subClassOf|owl:equivalentClass|^owl:equivalentClass)* <"
                  + standard
                  + "> }"),
          type + " reaches " + standard);
    }
  }

  @Test
  void everyTermOfTheNamespaceHasALabelAndAComment() {
    List<String> undocumented =
        select(
            """
        SELECT DISTINCT ?t WHERE { ?t ?p ?o FILTER(STRSTARTS(STR(?t), STR(ng:)))
          FILTER NOT EXISTS { ?t rdfs:label ?l ; rdfs:comment ?c } }""");
    assertEquals(List.of(), undocumented);
    assertEquals(
        29,
        select("SELECT DISTINCT ?t WHERE { ?t ?p ?o FILTER(STRSTARTS(STR(?t), STR(ng:))) }")
            .size());
  }

  @Test
  void everyTermTheCodeUsesIsDefined() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    for (Field field : NG.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
        Node term = (Node) field.get(null);
        if (!ontology.contains(term, Node.ANY, Node.ANY)) {
          missing.add(field.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theHeaderDescribesTheOntology() {
    assertTrue(
        ask(
            "{ <"
                + NG.ONTOLOGY_IRI
                + "> a owl:Ontology ; dct:title ?t ;"
                + " dct:description ?d ; owl:versionInfo ?v ;"
                + " dct:license <https://spdx.org/licenses/GPL-3.0-or-later> }"));
  }

  @Test
  void modalitiesAreConceptsOfOneScheme() {
    assertEquals(
        3, select("SELECT ?t WHERE { ?t a ng:Modality ; skos:inScheme ng:Modalities }").size());
  }

  private boolean ask(String where) {
    try (QueryExecution execution = execution("ASK " + where)) {
      return execution.execAsk();
    }
  }

  private List<String> select(String query) {
    List<String> values = new ArrayList<>();
    try (QueryExecution execution = execution(query)) {
      execution.execSelect().forEachRemaining(row -> values.add(row.get("t").toString()));
    }
    return values;
  }

  private QueryExecution execution(String query) {
    return QueryExecution.dataset(DatasetFactory.wrap(ModelFactory.createModelForGraph(ontology)))
        .query(Sparql.PREFIXES + query)
        .build();
  }
}
