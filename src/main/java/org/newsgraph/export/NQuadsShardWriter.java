package org.newsgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.BuiltGraph;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.IriMinter;

/**
 * Writes a built dataset as N-Quads shards, one file per partition of the corpus: {@code
 * part-00000.nq} holds the named graphs of the documents of the first partition, {@code
 * part-00001.nq} those of the second, and so on; {@code corpus.nq} holds the graphs that belong to
 * no one document (the ontology graph and the corpus graph of entities and fact nodes, which the
 * corpus-wide stages make). Every named graph is in exactly one shard, whole, so a shard can be
 * loaded, replaced or checked graph by graph; the default graph is empty in a newsgraph dataset and
 * no shard has one. N-Quads holds no prefixes: the dataset's prefixes are the caller's to carry
 * (the store loader sets them).
 *
 * <p>Each shard is streamed through Jena RIOT's N-Quads {@link StreamRDF} writer, quad by quad from
 * the dataset, to {@code NAME.nq.tmp}, and renamed to {@code NAME.nq} when complete: a shard file
 * never holds half a graph. Before writing, the shards of an earlier run in the folder ({@code
 * part-*.nq}, {@code corpus.nq} and leftover {@code *.nq.tmp}) are removed; other files are left
 * alone.
 */
public final class NQuadsShardWriter {

  /** The shard of the graphs that belong to no one document. */
  public static final String CORPUS_SHARD = "corpus.nq";

  private static final String PART_PREFIX = "part-";
  private static final String SUFFIX = ".nq";
  private static final String TEMPORARY = ".tmp";

  private final IriMinter iris;

  /**
   * @param settings the graph settings the dataset was built with (they name the documents' graphs)
   */
  public NQuadsShardWriter(GraphSettings settings) {
    this.iris = new IriMinter(settings);
  }

  /** The file name of the shard of partition {@code index}: {@code part-00007.nq}. */
  public static String partShard(int index) {
    return String.format(Locale.ROOT, "%s%05d%s", PART_PREFIX, index, SUFFIX);
  }

  /**
   * Writes the shards.
   *
   * @param built the dataset; its default graph must be empty
   * @param partitions the documents' ids of each partition, in partition order; every document of
   *     the dataset appears in one partition
   * @param folder where to write; created if needed
   * @return the shards written: the corpus shard first, then one per partition in order
   * @throws IllegalArgumentException when the default graph is not empty, or a document of {@code
   *     partitions} has no graph in the dataset
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<NQuadsShard> write(BuiltGraph built, List<List<String>> partitions, Path folder) {
    DatasetGraph dataset = built.dataset();
    if (!dataset.getDefaultGraph().isEmpty()) {
      throw new IllegalArgumentException(
          "A newsgraph dataset holds named graphs only, but this one has triples in the default"
              + " graph");
    }
    Set<Node> unwritten = new LinkedHashSet<>();
    dataset.listGraphNodes().forEachRemaining(unwritten::add);
    List<List<Node>> partitionGraphs = new ArrayList<>();
    for (List<String> ids : partitions) {
      List<Node> graphs = new ArrayList<>();
      for (String id : ids) {
        Node graph = iris.documentGraph(id);
        if (!unwritten.remove(graph)) {
          throw new IllegalArgumentException(
              "The document '" + id + "' has no graph in the dataset, or is in two partitions");
        }
        graphs.add(graph);
      }
      partitionGraphs.add(graphs);
    }
    try {
      Files.createDirectories(folder);
      removeEarlierShards(folder);
      List<NQuadsShard> shards = new ArrayList<>();
      shards.add(writeShard(dataset, List.copyOf(unwritten), folder.resolve(CORPUS_SHARD)));
      for (int index = 0; index < partitionGraphs.size(); index++) {
        shards.add(
            writeShard(dataset, partitionGraphs.get(index), folder.resolve(partShard(index))));
      }
      return shards;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the N-Quads shards in '" + folder + "': " + e.getMessage(), e);
    }
  }

  private static NQuadsShard writeShard(DatasetGraph dataset, List<Node> graphs, Path file)
      throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + TEMPORARY);
    long quads = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
      StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
      writer.start();
      for (Node graph : graphs) {
        var found = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (found.hasNext()) {
          writer.quad(found.next());
          quads++;
        }
      }
      writer.finish();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new NQuadsShard(file, graphs.size(), quads);
  }

  private static void removeEarlierShards(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean shard =
            name.equals(CORPUS_SHARD)
                || (name.startsWith(PART_PREFIX) && name.endsWith(SUFFIX))
                || name.endsWith(SUFFIX + TEMPORARY);
        if (shard && Files.isRegularFile(entry)) {
          Files.delete(entry);
        }
      }
    }
  }
}
