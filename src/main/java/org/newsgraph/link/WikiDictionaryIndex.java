package org.newsgraph.link;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An on-disk index of a {@link WikiDictionary}, so that looking up the few surface forms of a new
 * article costs milliseconds instead of a stream of the whole dictionary (seconds). It lives in the
 * cache folder, {@code CACHE/}{@value #FOLDER}{@code /}{@value #FILE_NAME}: the dictionary's lines
 * in their order, in compressed blocks of about 64 KB, and hash buckets that tell, for each surface
 * form, which blocks hold its lines (layout: {@link DictionaryIndexFile}). A look-up reads a few
 * buckets and blocks and passes their lines to {@link DictionaryScanner#collect}, so it finds the
 * same candidates, in the same order, as a scan of the whole dictionary.
 *
 * <p>{@link #build()} reads the dictionary once (about 25 s and 270 MB of disk for CoreNLP's
 * dictionary, a few MB of heap; see docs/linking.md). It writes in a temporary folder and moves the
 * finished file into place in one step, so a reader sees a complete index or none. The file is
 * stamped with the dictionary's identity, hashed as {@link LinkCache} does. A missing index is not
 * used; a truncated or damaged one, or one made from another dictionary, is not used either, with a
 * warning once per problem. Every bucket and block carries a CRC-32 that is checked when read.
 *
 * <p>Thread-safe: look-ups may run while another thread builds the index.
 */
public final class WikiDictionaryIndex {

  /** The index's folder in the cache folder. */
  public static final String FOLDER = "wikidict-index";

  static final String FILE_NAME = "index.bin";
  static final int DEFAULT_BUCKETS = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(WikiDictionaryIndex.class);
  private static final String LOCK_NAME = "build.lock";
  private static final String BUILDING_PREFIX = "building-";

  private final Path folder;
  private final WikiDictionary dictionary;
  private final int buckets;
  private final int blockBytes;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** The index of CoreNLP's bundled dictionary in this cache folder. */
  public WikiDictionaryIndex(Path cacheDir) {
    this(cacheDir, WikiDictionary.bundled());
  }

  /** The index of this dictionary in this cache folder (created by {@link #build()}). */
  public WikiDictionaryIndex(Path cacheDir, WikiDictionary dictionary) {
    this(cacheDir, dictionary, DEFAULT_BUCKETS, DictionaryIndexWriter.DEFAULT_BLOCK_BYTES);
  }

  /**
   * @param buckets how many buckets {@link #build()} writes, a power of two
   * @param blockBytes the most bytes of lines {@link #build()} puts in a block
   */
  WikiDictionaryIndex(Path cacheDir, WikiDictionary dictionary, int buckets, int blockBytes) {
    this.folder = Objects.requireNonNull(cacheDir, "cacheDir").resolve(FOLDER);
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.buckets = buckets;
    this.blockBytes = blockBytes;
  }

  /** The index file, which exists only when an index was built completely. */
  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  /**
   * Why look-ups cannot use the index ("there is no index yet", "it was made from another
   * dictionary", ...), or empty when they can. Checks the file's directory, not every block.
   */
  public Optional<String> whyUnusable() {
    try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.READ)) {
      DictionaryIndexFile.read(channel, expectedStamp());
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.of("there is no index yet");
    } catch (IOException | RuntimeException e) {
      return Optional.of(describe(e));
    }
  }

  /**
   * What {@link #build()} wrote.
   *
   * @param file the index file
   * @param lines dictionary lines indexed
   * @param bytes size of the file
   * @param millis time taken
   */
  public record Built(Path file, long lines, long bytes, long millis) {}

  /**
   * Builds the index from the dictionary and moves it into place, replacing an older one. When the
   * thread is interrupted, it stops soon and leaves the folder as it was.
   *
   * @throws IOException when the dictionary cannot be read, the index cannot be written, another
   *     build of this index is running, or the thread was interrupted ({@link
   *     InterruptedIOException} or {@link java.nio.channels.ClosedByInterruptException})
   */
  @SuppressWarnings("try") // the lock is held by the try block, never read
  public Built build() throws IOException {
    long start = System.nanoTime();
    DictionaryIndexWriter writer = new DictionaryIndexWriter(dictionary, buckets, blockBytes);
    Files.createDirectories(folder);
    try (FileChannel lockChannel =
            FileChannel.open(
                folder.resolve(LOCK_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockChannel)) {
      deleteUnfinishedBuilds();
      Path temp = Files.createTempDirectory(folder, BUILDING_PREFIX);
      try {
        Path built = temp.resolve(FILE_NAME);
        long lines = writer.write(built, temp, expectedStamp());
        long bytes = Files.size(built);
        move(built, file());
        return new Built(file(), lines, bytes, (System.nanoTime() - start) / 1_000_000);
      } finally {
        deleteTree(temp);
      }
    }
  }

  /**
   * The candidates of every key, as {@link DictionaryScanner#scan} would find them, or empty when
   * the index is missing or unusable (a warning once per problem, none when it is missing).
   */
  Optional<Map<String, List<LinkCandidate>>> lookUp(Collection<String> keys) {
    Path file = file();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      DictionaryIndexFile index = DictionaryIndexFile.read(channel, expectedStamp());
      Set<Integer> blocks = new TreeSet<>();
      for (String key : keys) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int hash = DictionaryIndexFile.hash(bytes, 0, bytes.length);
        for (int block : index.blocksOf(channel, hash)) {
          blocks.add(block);
        }
      }
      return Optional.of(
          DictionaryScanner.collect(
              keys,
              consumer -> {
                for (int block : blocks) {
                  forEachLine(index.block(channel, block), consumer);
                }
              }));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      warnOnce(file, describe(e));
      return Optional.empty();
    }
  }

  /** Hands each {@code \n}-terminated line of the bytes to the consumer. */
  private static void forEachLine(byte[] bytes, LineReader.LineConsumer consumer) {
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        consumer.accept(bytes, start, i);
        start = i + 1;
      }
    }
  }

  private String expectedStamp() {
    return LinkCache.dictionaryKey(dictionary.identity());
  }

  private FileLock tryLock(FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new IOException("the index " + folder + " is being built by another process or thread");
    }
    return lock;
  }

  /** Removes the temporary folders of builds that stopped half-way (the caller holds the lock). */
  private void deleteUnfinishedBuilds() throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, BUILDING_PREFIX + "*")) {
      for (Path path : old) {
        deleteTree(path);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private void warnOnce(Path file, String problem) {
    if (warned.add(file + " " + problem)) {
      LOG.warn(
          "Not using the Wikipedia dictionary index {}: {}; streaming the dictionary instead"
              + " ('newsgraph serve --allow-ingest' builds a new index)",
          file,
          problem);
    }
  }

  private static String describe(Exception e) {
    if (e instanceof DictionaryIndexFile.InvalidIndexException) {
      return e.getMessage();
    }
    String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return "it cannot be read (" + detail + ")";
  }
}
