package org.newsgraph.graph;

import static org.newsgraph.graph.Vocabulary.OWL_SAME_AS;
import static org.newsgraph.graph.Vocabulary.RDFS_LABEL;
import static org.newsgraph.graph.Vocabulary.RDF_TYPE;
import static org.newsgraph.graph.Vocabulary.SCHEMA_SAME_AS;
import static org.newsgraph.graph.Vocabulary.SKOS_ALT_LABEL;

import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.link.WikidataIds;
import org.newsgraph.resolve.Entity;

/**
 * Writes canonical entities into the corpus graph: type, names, and the Wikipedia, DBpedia and
 * (when the title's QID is known) Wikidata links.
 */
final class EntityTriples {

  private final IriMinter iris;
  private final DatasetGraph dataset;
  private final Supplier<WikidataIds> wikidata;

  /**
   * @param wikidata the QIDs of Wikipedia titles; asked for only when an entity is linked
   */
  EntityTriples(IriMinter iris, DatasetGraph dataset, Supplier<WikidataIds> wikidata) {
    this.iris = iris;
    this.dataset = dataset;
    this.wikidata = wikidata;
  }

  void write(Entity entity) {
    Node graph = iris.corpusGraph();
    Node node = iris.entity(entity.id());
    dataset.add(graph, node, RDF_TYPE, NG.entityClass(entity.type()));
    dataset.add(graph, node, RDFS_LABEL, Literals.string(entity.label()));
    for (String alias : entity.aliases()) {
      dataset.add(graph, node, SKOS_ALT_LABEL, Literals.string(alias));
    }
    entity
        .wikipediaTitle()
        .ifPresent(
            title -> {
              dataset.add(graph, node, OWL_SAME_AS, IriMinter.dbpedia(title));
              dataset.add(graph, node, SCHEMA_SAME_AS, IriMinter.wikipedia(title));
              wikidata
                  .get()
                  .qid(title, entity.type())
                  .ifPresent(qid -> dataset.add(graph, node, OWL_SAME_AS, IriMinter.wikidata(qid)));
            });
  }
}
