package org.newsgraph.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
import java.util.Arrays;
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
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of a {@link WikiDictionary} sorted into hash buckets on disk, so that looking up a few
 * surface forms reads a few small buckets (milliseconds) instead of streaming the whole dictionary
 * (seconds). One file, {@code CACHE/}{@value #FOLDER}{@code /}{@value #FILE_NAME}: a header with
 * the dictionary's stamp (the hash {@link LinkCache} uses), the bucket count and, per bucket, its
 * offset, length and CRC-32, then the buckets, each compressed on its own (zlib). A line goes to
 * the bucket of its surface form, the bytes before its first tab, exactly as {@link
 * DictionaryScanner} compares them, and a look-up reads its buckets' lines through {@link
 * DictionaryScanner#collect}: it finds the candidates a full scan finds, in the same order.
 *
 * <p>{@link #build()} streams the dictionary once and writes the lines into temporary partition
 * files, then sorts each partition into its buckets and compresses them; memory stays at a few tens
 * of MB. The index is written in a temporary folder and moved into place in one step, so a reader
 * sees a complete index or none. An index that is missing is not used; one that is truncated,
 * damaged or made from another dictionary is not used either, with a warning once per problem.
 * {@link WikipediaLinker} then streams the dictionary as before.
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
  private static final byte[] MAGIC = "NGWDIDX\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final int MAX_BUCKETS = 1 << 20;
  private static final int PARTITIONS = 64;
  private static final int LEVEL = 6;
  private static final int READ_BUFFER = 1 << 20;
  private static final int GZIP_BUFFER = 1 << 16;
  private static final int PARTITION_BUFFER = 1 << 16;
  private static final int LINES_BETWEEN_INTERRUPT_CHECKS = 1 << 20;

  private final Path folder;
  private final WikiDictionary dictionary;
  private final int buckets;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** The index of CoreNLP's bundled dictionary in this cache folder. */
  public WikiDictionaryIndex(Path cacheDir) {
    this(cacheDir, WikiDictionary.bundled());
  }

  /** The index of this dictionary in this cache folder (created by {@link #build()}). */
  public WikiDictionaryIndex(Path cacheDir, WikiDictionary dictionary) {
    this(cacheDir, dictionary, DEFAULT_BUCKETS);
  }

  /**
   * @param buckets how many buckets {@link #build()} writes, a power of two
   */
  WikiDictionaryIndex(Path cacheDir, WikiDictionary dictionary, int buckets) {
    this.folder = Objects.requireNonNull(cacheDir, "cacheDir").resolve(FOLDER);
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    if (buckets < 1 || buckets > MAX_BUCKETS || Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException("buckets must be a power of two up to " + MAX_BUCKETS);
    }
    this.buckets = buckets;
  }

  /** The index file, which exists only when an index was built completely. */
  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  /**
   * Why look-ups cannot use the index ("there is no index yet", "it was made from another
   * dictionary", ...), or empty when they can.
   */
  public Optional<String> whyUnusable() {
    try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.READ)) {
      Header.read(channel, expectedStamp());
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.of("there is no index yet");
    } catch (IOException | RuntimeException e) {
      return Optional.of(describe(e));
    }
  }

  /** What {@link #build()} wrote. */
  public record Built(Path file, long lines, int buckets, long bytes, long millis) {}

  /**
   * Builds the index from the dictionary and moves it into place, replacing an older one. Stops,
   * leaving no trace but the old index, when the thread is interrupted.
   *
   * @throws IOException when the dictionary cannot be read, the index cannot be written, another
   *     build of this index is running, or the thread was interrupted ({@link
   *     InterruptedIOException} or {@link java.nio.channels.ClosedByInterruptException})
   */
  public Built build() throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(folder);
    try (FileChannel lockChannel =
            FileChannel.open(
                folder.resolve(LOCK_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockChannel)) {
      deleteUnfinishedBuilds();
      Path temp = Files.createTempDirectory(folder, BUILDING_PREFIX);
      try {
        String stamp = expectedStamp();
        long lines = partition(temp);
        Path built = temp.resolve(FILE_NAME);
        writeIndex(temp, built, stamp, lines);
        long bytes = Files.size(built);
        move(built, file());
        return new Built(file(), lines, buckets, bytes, (System.nanoTime() - start) / 1_000_000);
      } finally {
        deleteTree(temp);
      }
    }
  }

  /**
   * The candidates of every key, as {@link DictionaryScanner#scan} would find them, or empty when
   * the index is missing or unusable (a warning once per problem, except when missing).
   */
  Optional<Map<String, List<LinkCandidate>>> lookUp(Collection<String> keys) {
    Path file = file();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Header header = Header.read(channel, expectedStamp());
      Set<Integer> needed = new TreeSet<>();
      for (String key : keys) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        needed.add(bucketOf(bytes, 0, bytes.length, header.buckets()));
      }
      return Optional.of(
          DictionaryScanner.collect(
              keys,
              consumer -> {
                for (int bucket : needed) {
                  forEachLine(header.readBucket(channel, bucket), consumer);
                }
              }));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      warnOnce(file, describe(e));
      return Optional.empty();
    }
  }

  /** The bucket of the surface form {@code bytes[from, to)}: FNV-1a, then MurmurHash3's mixer. */
  static int bucketOf(byte[] bytes, int from, int to, int buckets) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ (bytes[i] & 0xff)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & (buckets - 1);
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

  /** Removes temporary folders of builds that stopped half-way (the caller holds the lock). */
  private void deleteUnfinishedBuilds() throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, BUILDING_PREFIX + "*")) {
      for (Path path : old) {
        deleteTree(path);
      }
    }
  }

  private int partitions() {
    return Math.min(PARTITIONS, buckets);
  }

  /**
   * Streams the dictionary once and appends each line with a surface form to the partition file of
   * its bucket; returns how many lines were written.
   */
  private long partition(Path temp) throws IOException {
    int partitions = partitions();
    int bucketsPerPartition = buckets / partitions;
    OutputStream[] outs = new OutputStream[partitions];
    long[] lines = new long[1];
    try (InputStream raw = dictionary.open();
        InputStream in =
            new GZIPInputStream(new BufferedInputStream(raw, READ_BUFFER), GZIP_BUFFER)) {
      for (int p = 0; p < partitions; p++) {
        outs[p] =
            new BufferedOutputStream(
                Files.newOutputStream(partitionFile(temp, p)), PARTITION_BUFFER);
      }
      new LineReader(in)
          .forEachLine(
              (line, from, to) -> {
                int tab = DictionaryScanner.surfaceEnd(line, from, to);
                if (tab < 0) {
                  return;
                }
                int bucket = bucketOf(line, from, tab, buckets);
                OutputStream out = outs[bucket / bucketsPerPartition];
                try {
                  out.write(line, from, to - from);
                  out.write('\n');
                  if (++lines[0] % LINES_BETWEEN_INTERRUPT_CHECKS == 0) {
                    stopIfInterrupted();
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      closeAll(outs);
    }
    return lines[0];
  }

  /** Writes the header and every bucket, partition by partition, to {@code target}. */
  private void writeIndex(Path temp, Path target, String stamp, long lines) throws IOException {
    Header header = new Header(stamp, buckets, lines);
    int bucketsPerPartition = buckets / partitions();
    Deflater deflater = new Deflater(LEVEL);
    try (FileChannel out =
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.position(header.size());
      byte[] compressed = new byte[1 << 16];
      for (int p = 0; p < partitions(); p++) {
        stopIfInterrupted();
        Path part = partitionFile(temp, p);
        byte[] data = Files.readAllBytes(part);
        Files.delete(part);
        int first = p * bucketsPerPartition;
        int[] starts = sortIntoBuckets(data, first, bucketsPerPartition);
        for (int b = 0; b < bucketsPerPartition; b++) {
          int length = starts[b + 1] - starts[b];
          header.setBucket(first + b, out.position(), length, crc(data, starts[b], starts[b + 1]));
          deflater.reset();
          deflater.setInput(data, starts[b], length);
          deflater.finish();
          while (!deflater.finished()) {
            int n = deflater.deflate(compressed);
            writeFully(out, ByteBuffer.wrap(compressed, 0, n));
          }
        }
      }
      header.setEnd(out.position());
      out.position(0);
      writeFully(out, header.toBytes());
      out.force(true);
    } finally {
      deflater.end();
    }
  }

  /**
   * Reorders the lines of one partition by bucket (in place, keeping their order within a bucket)
   * and returns where each bucket starts, plus the end.
   */
  private int[] sortIntoBuckets(byte[] data, int firstBucket, int count) {
    int[] starts = new int[count + 1];
    forEachLine(data, (line, from, to) -> starts[bucketIn(line, from, to, firstBucket) + 1] +=
        to - from + 1);
    for (int b = 0; b < count; b++) {
      starts[b + 1] += starts[b];
    }
    byte[] copy = Arrays.copyOf(data, data.length);
    int[] next = Arrays.copyOf(starts, count);
    forEachLine(copy, (line, from, to) -> {
      int b = bucketIn(line, from, to, firstBucket);
      System.arraycopy(line, from, data, next[b], to - from);
      data[next[b] + to - from] = '\n';
      next[b] += to - from + 1;
    });
    return starts;
  }

  private int bucketIn(byte[] line, int from, int to, int firstBucket) {
    return bucketOf(line, from, DictionaryScanner.surfaceEnd(line, from, to), buckets)
        - firstBucket;
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

  private static Path partitionFile(Path temp, int partition) {
    return temp.resolve("part-" + partition);
  }

  private static int crc(byte[] bytes, int from, int to) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, to - from);
    return (int) crc.getValue();
  }

  private static void stopIfInterrupted() throws InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("the dictionary index build was interrupted");
    }
  }

  private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  private static void readFully(FileChannel in, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = in.read(buffer, at);
      if (n < 0) {
        throw new IOException("it ends before its last bucket (truncated)");
      }
      at += n;
    }
    buffer.flip();
  }

  private static void closeAll(OutputStream[] outs) throws IOException {
    IOException first = null;
    for (OutputStream out : outs) {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
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
    if (e instanceof InvalidIndexException) {
      return e.getMessage();
    }
    return "it cannot be read (" + (e.getMessage() != null ? e.getMessage()
        : e.getClass().getSimpleName()) + ")";
  }

  /** The index file is not a complete index of the expected dictionary; the message says why. */
  private static final class InvalidIndexException extends IOException {
    InvalidIndexException(String message) {
      super(message);
    }
  }

  /**
   * The index header: magic, format, dictionary stamp, bucket count, line count, per bucket its
   * offset, uncompressed length and CRC-32, the end offset, and a CRC-32 of all of these.
   */
  private static final class Header {
    private static final int STAMP_LENGTH = 16;
    private static final int FIXED = MAGIC.length + 4 + STAMP_LENGTH + 4 + 8;
    private static final int ENTRY = 8 + 4 + 4;

    private final String stamp;
    private final int buckets;
    private final long lines;
    private final long[] offsets;
    private final int[] lengths;
    private final int[] crcs;

    Header(String stamp, int buckets, long lines) {
      if (stamp.length() != STAMP_LENGTH) {
        throw new IllegalArgumentException("a stamp has " + STAMP_LENGTH + " characters");
      }
      this.stamp = stamp;
      this.buckets = buckets;
      this.lines = lines;
      this.offsets = new long[buckets + 1];
      this.lengths = new int[buckets];
      this.crcs = new int[buckets];
    }

    static int size(int buckets) {
      return FIXED + buckets * ENTRY + 8 + 4;
    }

    int size() {
      return size(buckets);
    }

    int buckets() {
      return buckets;
    }

    void setBucket(int bucket, long offset, int length, int crc) {
      offsets[bucket] = offset;
      lengths[bucket] = length;
      crcs[bucket] = crc;
    }

    void setEnd(long end) {
      offsets[buckets] = end;
    }

    ByteBuffer toBytes() {
      ByteBuffer out = ByteBuffer.allocate(size());
      out.put(MAGIC).putInt(FORMAT).put(stamp.getBytes(StandardCharsets.US_ASCII));
      out.putInt(buckets).putLong(lines);
      for (int b = 0; b < buckets; b++) {
        out.putLong(offsets[b]).putInt(lengths[b]).putInt(crcs[b]);
      }
      out.putLong(offsets[buckets]);
      CRC32 crc = new CRC32();
      crc.update(out.array(), 0, out.position());
      out.putInt((int) crc.getValue());
      return out.flip();
    }

    /** Reads and checks the header of an index file. */
    static Header read(FileChannel in, String expectedStamp) throws IOException {
      long fileSize = in.size();
      if (fileSize < size(1)) {
        throw new InvalidIndexException("it is too short to be an index (truncated)");
      }
      ByteBuffer fixed = ByteBuffer.allocate(FIXED);
      readFully(in, fixed, 0);
      byte[] magic = new byte[MAGIC.length];
      fixed.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new InvalidIndexException("it is not a newsgraph dictionary index");
      }
      int format = fixed.getInt();
      if (format != FORMAT) {
        throw new InvalidIndexException(
            "it has format " + format + ", and this version reads format " + FORMAT);
      }
      byte[] stampBytes = new byte[STAMP_LENGTH];
      fixed.get(stampBytes);
      int buckets = fixed.getInt();
      long lines = fixed.getLong();
      if (buckets < 1 || buckets > MAX_BUCKETS || Integer.bitCount(buckets) != 1
          || fileSize < size(buckets)) {
        throw new InvalidIndexException("its header is damaged or truncated");
      }
      ByteBuffer all = ByteBuffer.allocate(size(buckets));
      readFully(in, all, 0);
      CRC32 crc = new CRC32();
      crc.update(all.array(), 0, all.limit() - 4);
      if ((int) crc.getValue() != all.getInt(all.limit() - 4)) {
        throw new InvalidIndexException("its header is damaged or truncated");
      }
      String stamp = new String(stampBytes, StandardCharsets.US_ASCII);
      if (!stamp.equals(expectedStamp)) {
        throw new InvalidIndexException("it was made from another dictionary");
      }
      Header header = new Header(stamp, buckets, lines);
      all.position(FIXED);
      long previous = size(buckets);
      for (int b = 0; b < buckets; b++) {
        long offset = all.getLong();
        int length = all.getInt();
        int bucketCrc = all.getInt();
        if (offset < previous || (b == 0 && offset != previous) || length < 0) {
          throw new InvalidIndexException("its bucket table is inconsistent");
        }
        header.setBucket(b, offset, length, bucketCrc);
        previous = offset;
      }
      long end = all.getLong();
      if (end < previous) {
        throw new InvalidIndexException("its bucket table is inconsistent");
      }
      if (end != fileSize) {
        throw new InvalidIndexException(
            "it should have " + end + " bytes but has " + fileSize + " (truncated or overwritten)");
      }
      header.setEnd(end);
      return header;
    }

    /** The uncompressed lines of one bucket, checked against its length and CRC-32. */
    byte[] readBucket(FileChannel in, int bucket) throws IOException {
      long offset = offsets[bucket];
      ByteBuffer compressed = ByteBuffer.allocate(Math.toIntExact(offsets[bucket + 1] - offset));
      readFully(in, compressed, offset);
      int length = lengths[bucket];
      byte[] lines = new byte[length + 1];
      int n = 0;
      Inflater inflater = new Inflater();
      try {
        inflater.setInput(compressed.array(), 0, compressed.limit());
        while (!inflater.finished() && n < lines.length) {
          int inflated = inflater.inflate(lines, n, lines.length - n);
          if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          n += inflated;
        }
        if (n != length || !inflater.finished() || inflater.getRemaining() != 0) {
          throw damaged(bucket);
        }
      } catch (DataFormatException e) {
        throw damaged(bucket);
      } finally {
        inflater.end();
      }
      if (crc(lines, 0, length) != crcs[bucket]) {
        throw damaged(bucket);
      }
      return Arrays.copyOf(lines, length);
    }

    private static InvalidIndexException damaged(int bucket) {
      return new InvalidIndexException("its bucket " + bucket + " is damaged");
    }
  }
}
