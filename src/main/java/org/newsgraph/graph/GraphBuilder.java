package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.link.WikidataIds;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;

/**
 * Turns the pipeline's results into an RDF dataset following docs/graph-model.md: the ontology
 * graph, the corpus graph (entities and fact nodes) and one graph per document (text, sentences,
 * evidence, mentions and the plain triples of the asserted facts it supports).
 *
 * <p>The same inputs always give the same dataset.
 */
public final class GraphBuilder {

  private final GraphSettings settings;
  private final IriMinter iris;
  private final Supplier<WikidataIds> wikidata;

  /**
   * A builder that mints IRIs under the settings' base IRI and gives linked entities the QIDs of
   * the bundled table ({@link WikidataIds#bundled()}, read only when an entity is linked).
   */
  public GraphBuilder(GraphSettings settings) {
    this(settings, WikidataIds::bundled);
  }

  /**
   * A builder with its own table of QIDs.
   *
   * @param wikidata the QIDs of Wikipedia titles; asked for only when an entity is linked
   */
  public GraphBuilder(GraphSettings settings, Supplier<WikidataIds> wikidata) {
    this.settings = settings;
    this.iris = new IriMinter(settings);
    this.wikidata = wikidata;
  }

  /**
   * Builds the dataset for a store: {@link #build} wrapped so that its callers outside the RDF
   * packages need no Jena type.
   */
  public BuiltGraph buildGraph(
      List<AnnotatedDocument> documents, ResolvedCorpus corpus, List<Fact> facts) {
    return new BuiltGraph(build(documents, corpus, facts));
  }

  /**
   * Builds the dataset.
   *
   * @param documents every document of the corpus (each gets its own graph)
   * @param corpus the canonical entities and the mentions that name them
   * @param facts the facts, unique by (subject, relation, object)
   * @return a new in-memory dataset, prefixes included
   * @throws IllegalArgumentException when the inputs are inconsistent (duplicate ids, a reference
   *     to an unknown document or entity, offsets outside a text)
   */
  public DatasetGraph build(
      List<AnnotatedDocument> documents, ResolvedCorpus corpus, List<Fact> facts) {
    InputIndex index = new InputIndex(documents, corpus.entities());
    DatasetGraph dataset = DatasetGraphFactory.create();
    dataset.addGraph(NG.ONTOLOGY_GRAPH, Ontology.load());
    EntityTriples entities = new EntityTriples(iris, dataset, wikidata);
    corpus.entities().forEach(entities::write);
    Map<String, Set<String>> mentioned = mentionedEntities(corpus.mentions(), index);
    DocumentTriples docs = new DocumentTriples(iris, dataset);
    for (AnnotatedDocument doc : documents) {
      SourceDocument source = doc.document();
      docs.write(source, mentioned.getOrDefault(source.id(), Set.of()));
    }
    FactTriples factTriples = new FactTriples(iris, dataset, index);
    facts.forEach(factTriples::write);
    dataset.prefixes().putAll(Vocabulary.prefixes(settings));
    return dataset;
  }

  private static Map<String, Set<String>> mentionedEntities(
      List<ResolvedMention> mentions, InputIndex index) {
    Map<String, Set<String>> byDocument = new TreeMap<>();
    for (ResolvedMention mention : mentions) {
      String referrer = "Mention '" + mention.text() + "' at " + mention.begin();
      index.document(mention.docId(), referrer);
      index.requireEntity(mention.entityId(), referrer + " of '" + mention.docId() + "'");
      byDocument.computeIfAbsent(mention.docId(), id -> new TreeSet<>()).add(mention.entityId());
    }
    return byDocument;
  }
}
