package org.newsgraph.graph;

import static org.newsgraph.graph.Vocabulary.NIF_ANCHOR_OF;
import static org.newsgraph.graph.Vocabulary.NIF_BEGIN_INDEX;
import static org.newsgraph.graph.Vocabulary.NIF_END_INDEX;
import static org.newsgraph.graph.Vocabulary.NIF_REFERENCE_CONTEXT;
import static org.newsgraph.graph.Vocabulary.NIF_SENTENCE;
import static org.newsgraph.graph.Vocabulary.PROV_ENTITY;
import static org.newsgraph.graph.Vocabulary.PROV_WAS_DERIVED_FROM;
import static org.newsgraph.graph.Vocabulary.PROV_WAS_QUOTED_FROM;
import static org.newsgraph.graph.Vocabulary.RDF_OBJECT;
import static org.newsgraph.graph.Vocabulary.RDF_PREDICATE;
import static org.newsgraph.graph.Vocabulary.RDF_STATEMENT;
import static org.newsgraph.graph.Vocabulary.RDF_SUBJECT;
import static org.newsgraph.graph.Vocabulary.RDF_TYPE;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Modality;
import org.newsgraph.ingest.SourceDocument;

/**
 * Writes one fact: its fact node in the corpus graph; in each supporting document's graph its
 * evidence nodes, the NIF sentences they come from and, for an asserted fact, the plain triple.
 */
final class FactTriples {

  private final IriMinter iris;
  private final DatasetGraph dataset;
  private final InputIndex index;
  private final Set<String> written = new TreeSet<>();

  FactTriples(IriMinter iris, DatasetGraph dataset, InputIndex index) {
    this.iris = iris;
    this.dataset = dataset;
    this.index = index;
  }

  void write(Fact fact) {
    String name = describe(fact);
    checkReferences(fact, name);
    String hash = IriMinter.factHash(fact.subjectId(), fact.relation(), fact.object());
    if (!written.add(hash)) {
      throw new IllegalArgumentException(
          name + " appears twice: facts must be unique by subject, relation and object");
    }
    Node factNode = iris.fact(fact.subjectId(), fact.relation(), fact.object());
    List<SentenceEvidence> evidence = SentenceEvidence.group(fact.evidence());
    writeFactNode(fact, factNode, evidence.size());
    for (SentenceEvidence sentence : evidence) {
      writeEvidence(factNode, hash, sentence, name);
    }
    if (fact.modality() == Modality.ASSERTED) {
      evidence.stream()
          .map(SentenceEvidence::docId)
          .distinct()
          .forEach(
              docId ->
                  dataset.add(
                      iris.documentGraph(docId),
                      subject(fact),
                      NG.property(fact.relation()),
                      object(fact)));
    }
  }

  private void checkReferences(Fact fact, String name) {
    index.requireEntity(fact.subjectId(), name);
    if (!fact.relation().hasLiteralObject()) {
      index.requireEntity(fact.object(), name);
    }
  }

  private void writeFactNode(Fact fact, Node factNode, int supportCount) {
    Node graph = iris.corpusGraph();
    dataset.add(graph, factNode, RDF_TYPE, NG.FACT);
    dataset.add(graph, factNode, RDF_TYPE, RDF_STATEMENT);
    dataset.add(graph, factNode, RDF_SUBJECT, subject(fact));
    dataset.add(graph, factNode, RDF_PREDICATE, NG.property(fact.relation()));
    dataset.add(graph, factNode, RDF_OBJECT, object(fact));
    dataset.add(graph, factNode, NG.MODALITY, NG.modality(fact.modality()));
    dataset.add(graph, factNode, NG.CONFIDENCE, Literals.xsdDouble(fact.confidence()));
    dataset.add(graph, factNode, NG.SUPPORT_COUNT, Literals.xsdInt(supportCount));
  }

  private void writeEvidence(Node factNode, String hash, SentenceEvidence e, String name) {
    SourceDocument doc = index.document(e.docId(), name);
    Node graph = iris.documentGraph(e.docId());
    Node evidenceNode = iris.evidence(hash, e.docId(), e.sentence());
    Node sentenceNode = writeSentence(doc, e, name);
    dataset.add(iris.corpusGraph(), factNode, NG.EVIDENCE_PROPERTY, evidenceNode);
    dataset.add(graph, evidenceNode, RDF_TYPE, NG.EVIDENCE);
    dataset.add(graph, evidenceNode, RDF_TYPE, PROV_ENTITY);
    dataset.add(graph, evidenceNode, NG.SUPPORTS, factNode);
    dataset.add(graph, evidenceNode, PROV_WAS_DERIVED_FROM, sentenceNode);
    dataset.add(graph, evidenceNode, PROV_WAS_QUOTED_FROM, iris.document(e.docId()));
    dataset.add(graph, evidenceNode, NG.CONFIDENCE, Literals.xsdDouble(e.confidence()));
    for (String extractor : e.extractors()) {
      dataset.add(graph, evidenceNode, NG.EXTRACTOR, Literals.string(extractor));
    }
  }

  private Node writeSentence(SourceDocument doc, SentenceEvidence e, String name) {
    String referrer = name + " (sentence " + e.sentence() + " of '" + doc.id() + "')";
    if (e.begin() > e.end()) {
      throw new IllegalArgumentException(referrer + " ends before it begins");
    }
    int begin = TextOffsets.codePointIndex(doc.text(), e.begin(), referrer);
    int end = TextOffsets.codePointIndex(doc.text(), e.end(), referrer);
    Node graph = iris.documentGraph(doc.id());
    Node sentence = iris.sentence(doc.id(), begin, end);
    dataset.add(graph, sentence, RDF_TYPE, NIF_SENTENCE);
    dataset.add(
        graph, sentence, NIF_ANCHOR_OF, Literals.string(doc.text().substring(e.begin(), e.end())));
    dataset.add(graph, sentence, NIF_BEGIN_INDEX, Literals.nonNegativeInteger(begin));
    dataset.add(graph, sentence, NIF_END_INDEX, Literals.nonNegativeInteger(end));
    dataset.add(graph, sentence, NIF_REFERENCE_CONTEXT, iris.document(doc.id()));
    return sentence;
  }

  private Node subject(Fact fact) {
    return iris.entity(fact.subjectId());
  }

  private Node object(Fact fact) {
    return fact.relation().hasLiteralObject()
        ? Literals.string(fact.object())
        : iris.entity(fact.object());
  }

  private static String describe(Fact fact) {
    return "Fact ("
        + fact.subjectId()
        + " "
        + fact.relation().localName()
        + " "
        + fact.object()
        + ")";
  }
}
