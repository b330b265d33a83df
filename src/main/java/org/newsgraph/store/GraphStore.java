package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.graph.BuiltGraph;
import org.newsgraph.ingest.SourceDocument;

/**
 * A newsgraph store: a folder holding a TDB2 database ({@code tdb2/}), the annotation cache ({@code
 * cache/}, managed by the build) and the last build's summary ({@code build.json}).
 *
 * <p>Every read and write runs in a Jena transaction; {@link #replaceContents} replaces the whole
 * graph in one, so a failed or interrupted build leaves the store as it was. SPARQL sees the union
 * of all named graphs (the ontology included) as its default graph; {@code GRAPH} still reaches
 * each named graph.
 *
 * <p>TDB2 allows one process per database: a second process gets {@link StoreLockedException}. Use
 * one {@code GraphStore} per folder per process, and close it to release the database.
 */
public final class GraphStore implements AutoCloseable {

  private final StoreLayout layout;
  private DatasetGraph dataset;
  private boolean closed;

  private GraphStore(StoreLayout layout, DatasetGraph dataset) {
    this.layout = layout;
    this.dataset = dataset;
  }

  /**
   * Opens the store in {@code storeDir}, creating the folder and an empty database when needed.
   *
   * @throws NotAStoreException when the folder holds something that is not a newsgraph store
   * @throws StoreLockedException when another process is using the store
   */
  public static GraphStore open(Path storeDir) {
    StoreLayout layout = new StoreLayout(storeDir);
    layout.checkIsStoreOrEmpty();
    try {
      Files.createDirectories(layout.database());
    } catch (IOException e) {
      throw new StoreException(
          "Cannot create the store folder '" + layout.database() + "': " + e.getMessage(), e);
    }
    return new GraphStore(layout, connect(layout));
  }

  /**
   * Opens an existing store, for commands that only read.
   *
   * @throws StoreNotFoundException when the folder holds no store
   * @throws NotAStoreException when the folder holds something that is not a newsgraph store
   * @throws StoreLockedException when another process is using the store
   */
  public static GraphStore openExisting(Path storeDir) {
    StoreLayout layout = new StoreLayout(storeDir);
    layout.checkIsStoreOrEmpty();
    if (!layout.hasDatabase()) {
      throw new StoreNotFoundException(layout.root());
    }
    return new GraphStore(layout, connect(layout));
  }

  private static DatasetGraph connect(StoreLayout layout) {
    try {
      DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(layout.database()));
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      return dataset;
    } catch (DBOpEnvException e) {
      if (String.valueOf(e.getMessage()).contains("lock")) {
        throw new StoreLockedException(layout.root(), e);
      }
      throw new StoreException(
          "Cannot open the store '" + layout.root() + "': " + e.getMessage(), e);
    }
  }

  /**
   * The summary in a store folder's {@code build.json}, read without opening the database (so
   * without its lock, and fast): empty when the folder or the file does not exist or cannot be
   * read. A hint for skipping work, not a view of the graph.
   */
  public static Optional<BuildSummary> lastBuild(Path storeDir) {
    try {
      return new BuildFile(storeDir.resolve(StoreLayout.BUILD_FILE)).read();
    } catch (StoreException e) {
      return Optional.empty();
    }
  }

  /** The store folder, absolute. */
  public Path location() {
    return layout.root();
  }

  /**
   * Replaces the store's contents with a built graph, as {@link #replaceContents(DatasetGraph,
   * BuildSummary, boolean)} does.
   */
  public void replaceContents(BuiltGraph contents, BuildSummary summary, boolean compact) {
    replaceContents(contents.dataset(), summary, compact);
  }

  /**
   * Replaces everything in the store with the named graphs (and prefixes) of {@code contents}, in
   * one write transaction that writes only the graphs that differ ({@link GraphReplacement}), then
   * writes {@code build.json} (first, so a process killed during the compaction leaves a summary
   * that matches the contents) and compacts the database (when the store held something that was
   * replaced; a first write has nothing to reclaim). If anything fails before the commit, the
   * transaction is aborted and the store is unchanged; a failure in the two steps after it is a
   * {@link StoreException} saying the contents were stored.
   *
   * @param contents the new graphs; its default graph must be empty
   * @param summary what to record in {@code build.json}
   */
  public void replaceContents(DatasetGraph contents, BuildSummary summary) {
    replaceContents(contents, summary, true);
  }

  /**
   * Like {@link #replaceContents(DatasetGraph, BuildSummary)}, with the compaction optional. A
   * process that replaces the contents often (a server adding documents) skips it, which saves a
   * full garbage collection each time (TDB2 compaction forces one), and calls {@link #compact()}
   * once at the end; until then the database keeps the space of the replaced versions.
   *
   * @param compact whether to compact the database after the write
   */
  public void replaceContents(DatasetGraph contents, BuildSummary summary, boolean compact) {
    checkOpen();
    if (!contents.getDefaultGraph().isEmpty()) {
      throw new IllegalArgumentException(
          "A newsgraph store holds named graphs only, but the new contents have triples in the"
              + " default graph");
    }
    boolean replacedSomething =
        Txn.calculateWrite(
            dataset,
            () -> {
              boolean hadContents = !dataset.isEmpty();
              boolean changed = GraphReplacement.replace(dataset, contents);
              dataset.prefixes().clear();
              dataset.prefixes().putAll(contents.prefixes());
              return hadContents && changed;
            });
    new BuildFile(layout.buildFile()).write(summary);
    if (compact && replacedSomething) {
      compact();
    }
  }

  /**
   * Replaces everything in the store with the contents of N-Quads files (the shards of a Spark
   * build), loaded with Jena's parallel bulk loader into a new version of the database that becomes
   * the store's contents only when the load is complete ({@link BulkLoad}), then writes {@code
   * build.json}. The old version is deleted after the switch, so no compaction is needed. A failed
   * load, or a process killed during it, leaves the store as it was; the annotation cache ({@code
   * cache/}) is never touched. Unlike {@link #replaceContents(DatasetGraph, BuildSummary, boolean)}
   * every graph is written again, which for a large corpus is what the bulk loader is fast at.
   *
   * @param files N-Quads files holding named graphs only (the default graph of a store stays empty)
   * @param prefixes the prefixes to record (N-Quads carries none)
   * @param summary what to record in {@code build.json}
   * @throws StoreException when the files cannot be loaded (the store is unchanged) or the switch
   *     fails
   */
  public void replaceContentsFromShards(
      List<Path> files, Map<String, String> prefixes, BuildSummary summary) {
    checkOpen();
    BulkLoad load = new BulkLoad(layout.database());
    Path loaded;
    try {
      loaded = load.loadNextVersion(files, prefixes);
    } catch (RuntimeException e) {
      throw new StoreException(
          "Loading the N-Quads shards into the store '"
              + location()
              + "' failed ("
              + e.getMessage()
              + "); the store is unchanged.",
          e);
    }
    TDBInternal.expel(dataset);
    try {
      load.switchTo(loaded);
    } catch (IOException | RuntimeException e) {
      load.discard(loaded);
      throw new StoreException(
          "Switching the store '"
              + location()
              + "' to the loaded shards failed ("
              + e.getMessage()
              + "); the store is unchanged.",
          e);
    } finally {
      dataset = connect(layout);
    }
    new BuildFile(layout.buildFile()).write(summary);
  }

  /**
   * Drops the space that replaced contents took (TDB2 keeps old versions until compacted).
   *
   * @throws StoreException when compacting fails; the contents are intact
   */
  public void compact() {
    checkOpen();
    try {
      DatabaseMgr.compact(dataset, true);
    } catch (RuntimeException e) {
      throw new StoreException(
          "The store '"
              + location()
              + "' was updated, but compacting its database failed ("
              + e.getMessage()
              + "). The new contents are stored; the folder may hold unused"
              + " space until the next build.",
          e);
    }
  }

  /** The documents in the store, read back from their graphs, sorted by id. */
  public List<SourceDocument> storedDocuments() {
    return read(ds -> new StoredDocuments(ds).read());
  }

  /**
   * Runs a SPARQL query over the union of all graphs and writes its results to {@code out} (see
   * {@link QueryFormat} for what each format means for each query form).
   *
   * @throws InvalidQueryException when the query does not parse
   */
  public void query(String sparql, QueryFormat format, OutputStream out) {
    checkOpen();
    Query query = QueryRunner.parse(sparql);
    Txn.executeRead(
        dataset,
        () -> {
          PrefixMapping prefixes =
              PrefixMapping.Factory.create().setNsPrefixes(dataset.prefixes().getMapping());
          QueryRunner.run(dataset, query, format, prefixes, out);
        });
    flush(out);
  }

  /** Counts what the store holds and reads the last build's summary. */
  public StoreInfo info() {
    Optional<BuildSummary> lastBuild = new BuildFile(layout.buildFile()).read();
    return read(
        ds -> {
          StoreStatistics stats = new StoreStatistics(ds);
          return new StoreInfo(
              location(),
              stats.documents(),
              stats.entitiesByType(),
              stats.factsByRelation(),
              stats.factsByModality(),
              stats.triples(),
              lastBuild);
        });
  }

  /**
   * Runs {@code action} on the dataset inside a read transaction and returns its result. For
   * readers such as the exporters; the dataset must not escape the action.
   */
  public <T> T read(Function<DatasetGraph, T> action) {
    checkOpen();
    return Txn.calculateRead(dataset, () -> action.apply(dataset));
  }

  /**
   * The underlying transactional TDB2 dataset, whose context already makes the default graph the
   * union of the named graphs; for a SPARQL server. Callers must use transactions.
   */
  public DatasetGraph datasetGraph() {
    checkOpen();
    return dataset;
  }

  /** Releases the database so that other processes can open it. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      TDBInternal.expel(dataset);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("The store '" + location() + "' is closed");
    }
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
