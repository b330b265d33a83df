package org.newsgraph.graph;

import static org.newsgraph.graph.Vocabulary.DCT_IDENTIFIER;
import static org.newsgraph.graph.Vocabulary.DCT_SOURCE;
import static org.newsgraph.graph.Vocabulary.DCT_TITLE;
import static org.newsgraph.graph.Vocabulary.NIF_BEGIN_INDEX;
import static org.newsgraph.graph.Vocabulary.NIF_CONTEXT;
import static org.newsgraph.graph.Vocabulary.NIF_END_INDEX;
import static org.newsgraph.graph.Vocabulary.NIF_IS_STRING;
import static org.newsgraph.graph.Vocabulary.RDF_TYPE;
import static org.newsgraph.graph.Vocabulary.SCHEMA_MENTIONS;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.ingest.SourceDocument;

/**
 * Writes a document's own graph: the document node (a NIF context holding the full text), its
 * metadata and the entities it mentions.
 */
final class DocumentTriples {

  private final IriMinter iris;
  private final DatasetGraph dataset;

  DocumentTriples(IriMinter iris, DatasetGraph dataset) {
    this.iris = iris;
    this.dataset = dataset;
  }

  void write(SourceDocument doc, Collection<String> mentionedEntityIds) {
    Node graph = iris.documentGraph(doc.id());
    Node node = iris.document(doc.id());
    dataset.add(graph, node, RDF_TYPE, NG.DOCUMENT);
    dataset.add(graph, node, RDF_TYPE, NIF_CONTEXT);
    dataset.add(graph, node, DCT_IDENTIFIER, Literals.string(doc.id()));
    dataset.add(graph, node, DCT_TITLE, Literals.string(doc.title()));
    dataset.add(graph, node, DCT_SOURCE, Literals.string(doc.source()));
    dataset.add(graph, node, NG.CONTENT_HASH, Literals.string(doc.contentHash()));
    dataset.add(graph, node, NIF_IS_STRING, Literals.string(doc.text()));
    dataset.add(graph, node, NIF_BEGIN_INDEX, Literals.nonNegativeInteger(0));
    int length = doc.text().codePointCount(0, doc.text().length());
    dataset.add(graph, node, NIF_END_INDEX, Literals.nonNegativeInteger(length));
    for (String entityId : mentionedEntityIds) {
      dataset.add(graph, node, SCHEMA_MENTIONS, iris.entity(entityId));
    }
  }
}
