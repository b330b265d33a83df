package org.newsgraph.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.Relation;

/**
 * Mints the IRIs of the data graph (docs/graph-model.md) from ids, deterministically: the same ids
 * and base IRI always give the same IRIs.
 */
public final class IriMinter {

  private final String base;

  /** An IRI minter for the settings' base IRI. */
  public IriMinter(GraphSettings settings) {
    this.base = settings.baseIri();
  }

  /** {@code BASE entity/{entityId}}, e.g. for {@code person/ada-lovelace}. */
  public Node entity(String entityId) {
    return iri("entity/" + encodePath(entityId));
  }

  /** {@code BASE doc/{docId}}: the document node. */
  public Node document(String docId) {
    return iri("doc/" + encodePath(docId));
  }

  /** {@code BASE graph/doc/{docId}}: the named graph of one document. */
  public Node documentGraph(String docId) {
    return iri("graph/doc/" + encodePath(docId));
  }

  /** {@code BASE graph/corpus}: the named graph of entities and fact nodes. */
  public Node corpusGraph() {
    return iri("graph/corpus");
  }

  /** {@code BASE fact/{hash}}: the fact node of a (subject, relation, object) triple. */
  public Node fact(String subjectId, Relation relation, String object) {
    return iri("fact/" + factHash(subjectId, relation, object));
  }

  /** {@code BASE evidence/{factHash}/{docId}/{sentenceIndex}}. */
  public Node evidence(String factHash, String docId, int sentenceIndex) {
    return iri("evidence/" + factHash + "/" + encodePath(docId) + "/" + sentenceIndex);
  }

  /**
   * The NIF string of a sentence, {@code {docIri}#char={begin},{end}} with offsets in Unicode code
   * points (RFC 5147). Under a base IRI ending in {@code #} the document IRI already has a
   * fragment, so {@code /} separates it instead: {@code {docIri}/char={begin},{end}}.
   */
  public Node sentence(String docId, int codePointBegin, int codePointEnd) {
    String separator = base.endsWith("#") ? "/" : "#";
    return NodeFactory.createURI(
        document(docId).getURI() + separator + "char=" + codePointBegin + "," + codePointEnd);
  }

  /**
   * The first 16 hex digits of the SHA-256 of {@code subjectId|relationLocalName|object} (UTF-8):
   * the local name of a fact node.
   */
  public static String factHash(String subjectId, Relation relation, String object) {
    String key = subjectId + "|" + relation.localName() + "|" + object;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The DBpedia resource for an English Wikipedia title ({@code dbr:Ada_Lovelace}). */
  public static Node dbpedia(String wikipediaTitle) {
    return webIri("http", "dbpedia.org", "/resource/", wikipediaTitle);
  }

  /** The Wikidata item with this id ({@code wd:Q90}). */
  public static Node wikidata(String qid) {
    return NodeFactory.createURI(Vocabulary.WD + qid);
  }

  /** The English Wikipedia article for a title. */
  public static Node wikipedia(String wikipediaTitle) {
    return webIri("https", "en.wikipedia.org", "/wiki/", wikipediaTitle);
  }

  /** Percent-encodes each {@code /}-separated segment of an id, keeping the slashes. */
  static String encodePath(String id) {
    return Arrays.stream(id.split("/", -1))
        .map(segment -> IRILib.encodeNonASCII(IRILib.encodeUriComponent(segment)))
        .collect(Collectors.joining("/"));
  }

  private Node iri(String relative) {
    return NodeFactory.createURI(base + relative);
  }

  private static Node webIri(String scheme, String host, String pathPrefix, String title) {
    try {
      URI uri = new URI(scheme, host, pathPrefix + title.replace(' ', '_'), null);
      return NodeFactory.createURI(uri.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Wikipedia title '" + title + "' cannot form an IRI", e);
    }
  }
}
