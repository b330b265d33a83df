package org.newsgraph.graph;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.resolve.EntityType;

/**
 * The standard vocabularies the graph reuses (schema.org, NIF, PROV-O, Dublin Core, SKOS, OWL,
 * Wikidata, DBpedia): namespaces, prefixes and the terms newsgraph writes, as Jena nodes.
 */
public final class Vocabulary {

  public static final String SCHEMA = "http://schema.org/";
  public static final String ORG = "http://www.w3.org/ns/org#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String NIF =
      "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String WDT = "http://www.wikidata.org/prop/direct/";
  public static final String DBR = "http://dbpedia.org/resource/";
  public static final String WD = "http://www.wikidata.org/entity/";
  public static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";

  public static final Node RDF_TYPE = RDF.Nodes.type;
  public static final Node RDF_STATEMENT = RDF.Nodes.Statement;
  public static final Node RDF_SUBJECT = RDF.Nodes.subject;
  public static final Node RDF_PREDICATE = RDF.Nodes.predicate;
  public static final Node RDF_OBJECT = RDF.Nodes.object;
  public static final Node RDFS_LABEL = RDFS.Nodes.label;
  public static final Node SKOS_ALT_LABEL = SKOS.altLabel.asNode();
  public static final Node OWL_SAME_AS = OWL.sameAs.asNode();

  public static final Node DCT_IDENTIFIER = DCTerms.identifier.asNode();
  public static final Node DCT_TITLE = DCTerms.title.asNode();
  public static final Node DCT_SOURCE = DCTerms.source.asNode();

  public static final Node SCHEMA_MENTIONS = uri(SCHEMA, "mentions");
  public static final Node SCHEMA_SAME_AS = uri(SCHEMA, "sameAs");

  public static final Node PROV_ENTITY = uri(PROV, "Entity");
  public static final Node PROV_WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
  public static final Node PROV_WAS_QUOTED_FROM = uri(PROV, "wasQuotedFrom");

  public static final Node NIF_CONTEXT = uri(NIF, "Context");
  public static final Node NIF_SENTENCE = uri(NIF, "Sentence");
  public static final Node NIF_IS_STRING = uri(NIF, "isString");
  public static final Node NIF_ANCHOR_OF = uri(NIF, "anchorOf");
  public static final Node NIF_BEGIN_INDEX = uri(NIF, "beginIndex");
  public static final Node NIF_END_INDEX = uri(NIF, "endIndex");
  public static final Node NIF_REFERENCE_CONTEXT = uri(NIF, "referenceContext");

  private Vocabulary() {}

  /** The Wikidata direct property with this id, e.g. {@code P463}. */
  public static Node wikidataProperty(String id) {
    return uri(WDT, id);
  }

  /** The prefixes of the vocabularies, e.g. {@code ng}, {@code schema}, {@code nif}. */
  public static Map<String, String> standardPrefixes() {
    Map<String, String> prefixes = new TreeMap<>();
    prefixes.put("ng", NG.NS);
    prefixes.put("schema", SCHEMA);
    prefixes.put("org", ORG);
    prefixes.put("prov", PROV);
    prefixes.put("skos", SKOS.getURI());
    prefixes.put("dct", DCTerms.NS);
    prefixes.put("nif", NIF);
    prefixes.put("wdt", WDT);
    prefixes.put("owl", OWL.NS);
    prefixes.put("rdf", RDF.uri);
    prefixes.put("rdfs", RDFS.uri);
    prefixes.put("xsd", XSD.NS);
    prefixes.put("dbr", DBR);
    prefixes.put("wd", WD);
    return prefixes;
  }

  /**
   * The standard prefixes plus those of the data under a base IRI: {@code fact:} and one per entity
   * type ({@code person:}, {@code organization:}, ...) for the usual {@code type/slug} entity ids.
   */
  public static PrefixMap prefixes(GraphSettings settings) {
    PrefixMap map = PrefixMapFactory.create(standardPrefixes());
    map.add("fact", settings.baseIri() + "fact/");
    for (EntityType type : EntityType.values()) {
      String name = type.name().toLowerCase(java.util.Locale.ROOT);
      map.add(name, settings.baseIri() + "entity/" + name + "/");
    }
    return map;
  }

  private static Node uri(String namespace, String localName) {
    return NodeFactory.createURI(namespace + localName);
  }
}
