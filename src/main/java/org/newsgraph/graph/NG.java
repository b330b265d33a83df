package org.newsgraph.graph;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Relation;
import org.newsgraph.resolve.EntityType;

/**
 * The terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}) as Jena nodes, with lookups
 * between them and the pipeline's enums.
 */
public final class NG {

  /** The ontology namespace, prefix {@code ng:}. */
  public static final String NS = "https://w3id.org/newsgraph/ontology#";

  /** The ontology's IRI, also the name of the graph that holds it. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/newsgraph/ontology";

  /** The named graph that holds the ontology. */
  public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(ONTOLOGY_IRI);

  public static final Node PERSON = term("Person");
  public static final Node ORGANIZATION = term("Organization");
  public static final Node COUNTRY = term("Country");
  public static final Node CITY = term("City");
  public static final Node PLACE = term("Place");
  public static final Node DOCUMENT = term("Document");
  public static final Node FACT = term("Fact");
  public static final Node EVIDENCE = term("Evidence");
  public static final Node MODALITY_CLASS = term("Modality");

  public static final Node ASSERTED = term("Asserted");
  public static final Node NEGATED = term("Negated");
  public static final Node HYPOTHETICAL = term("Hypothetical");

  public static final Node MODALITY = term("modality");
  public static final Node CONFIDENCE = term("confidence");
  public static final Node SUPPORT_COUNT = term("supportCount");
  public static final Node EVIDENCE_PROPERTY = term("evidence");
  public static final Node SUPPORTS = term("supports");
  public static final Node EXTRACTOR = term("extractor");
  public static final Node CONTENT_HASH = term("contentHash");

  private NG() {}

  /** The ontology term with this local name. */
  public static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }

  /** The property of a relation, e.g. {@code ng:memberOf}. */
  public static Node property(Relation relation) {
    return term(relation.localName());
  }

  /** The relation whose property this node is, if any. */
  public static Optional<Relation> relationOf(Node property) {
    return Arrays.stream(Relation.values()).filter(r -> property(r).equals(property)).findFirst();
  }

  /** The class of entities of this type, e.g. {@code ng:Person}. */
  public static Node entityClass(EntityType type) {
    return switch (type) {
      case PERSON -> PERSON;
      case ORGANIZATION -> ORGANIZATION;
      case COUNTRY -> COUNTRY;
      case CITY -> CITY;
      case PLACE -> PLACE;
    };
  }

  /** The entity type whose class this node is, if any. */
  public static Optional<EntityType> entityTypeOf(Node entityClass) {
    return Arrays.stream(EntityType.values())
        .filter(t -> entityClass(t).equals(entityClass))
        .findFirst();
  }

  /** The individual that stands for a modality, e.g. {@code ng:Asserted}. */
  public static Node modality(Modality modality) {
    return switch (modality) {
      case ASSERTED -> ASSERTED;
      case NEGATED -> NEGATED;
      case HYPOTHETICAL -> HYPOTHETICAL;
    };
  }

  /** The modality this individual stands for, if any. */
  public static Optional<Modality> modalityOf(Node individual) {
    return Arrays.stream(Modality.values()).filter(m -> modality(m).equals(individual)).findFirst();
  }

  /** The local name of an ontology term, or the whole IRI for a node outside the namespace. */
  public static String localName(Node node) {
    String iri = node.getURI();
    return iri.startsWith(NS) ? iri.substring(NS.length()) : iri;
  }
}
