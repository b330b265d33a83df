package org.newsgraph.store;

import static org.newsgraph.graph.Vocabulary.DCT_IDENTIFIER;
import static org.newsgraph.graph.Vocabulary.DCT_SOURCE;
import static org.newsgraph.graph.Vocabulary.DCT_TITLE;
import static org.newsgraph.graph.Vocabulary.NIF_IS_STRING;
import static org.newsgraph.graph.Vocabulary.RDF_TYPE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.SourceDocument;

/**
 * Reads the documents back from their graphs: id, source, title, full text ({@code nif:isString})
 * and content hash. The caller holds a read transaction.
 */
final class StoredDocuments {

  private final DatasetGraph dataset;

  StoredDocuments(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  List<SourceDocument> read() {
    List<SourceDocument> documents = new ArrayList<>();
    for (Quad quad : Iter.toList(dataset.find(Node.ANY, Node.ANY, RDF_TYPE, NG.DOCUMENT))) {
      documents.add(document(quad.getGraph(), quad.getSubject()));
    }
    documents.sort(Comparator.comparing(SourceDocument::id));
    return documents;
  }

  private SourceDocument document(Node graph, Node doc) {
    return new SourceDocument(
        value(graph, doc, DCT_IDENTIFIER),
        value(graph, doc, DCT_SOURCE),
        value(graph, doc, DCT_TITLE),
        value(graph, doc, NIF_IS_STRING),
        value(graph, doc, NG.CONTENT_HASH));
  }

  private String value(Node graph, Node doc, Node property) {
    List<Quad> values = Iter.toList(dataset.find(graph, doc, property, Node.ANY));
    if (values.size() != 1 || !values.get(0).getObject().isLiteral()) {
      throw new StoreException(
          "The store is damaged: document "
              + doc.getURI()
              + " has "
              + values.size()
              + " values of "
              + property.getURI()
              + " instead of one. Rebuild it with"
              + " 'newsgraph build' into a new folder.");
    }
    return values.get(0).getObject().getLiteralLexicalForm();
  }
}
