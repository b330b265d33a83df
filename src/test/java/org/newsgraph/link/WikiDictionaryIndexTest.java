package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;

class WikiDictionaryIndexTest {

  @TempDir Path cacheDir;

  /**
   * About 3,000 invented lines: several lines for some surface forms, in scattered places; lines of
   * the same surface form in other case; typographic quotes and dashes; a leading "The"; non-ASCII;
   * a CRLF line; a line without a tab; a score that is not a number.
   */
  private static final String TEXT = syntheticDictionary();

  @Test
  void lookUpsEqualAFullScanForPresentAndAbsentKeys() throws IOException {
    MemoryDictionary dictionary = new MemoryDictionary("synthetic", TEXT);
    List<String> keys = keysOf(TEXT);
    Map<String, List<LinkCandidate>> scanned = new DictionaryScanner(dictionary).scan(keys);
    // 1 bucket and 200-byte blocks: every look-up meets fingerprint collisions and many blocks
    int[][] shapes = {{1, 200}, {8, 1}, {64, 4096}, {4096, 1 << 16}};
    for (int[] shape : shapes) {
      Path dir = cacheDir.resolve("shape-" + shape[0] + "-" + shape[1]);
      WikiDictionaryIndex index = new WikiDictionaryIndex(dir, dictionary, shape[0], shape[1]);
      index.build();
      assertEquals(Optional.of(scanned), index.lookUp(keys), Arrays.toString(shape));
    }
    assertTrue(scanned.get("Riverbend").size() == 3, "the test has a form with several lines");
    assertTrue(scanned.get("no such name").isEmpty(), "and absent keys");
  }

  @Test
  void lookUpsOfTheKeysOfNamesThatNeedNormalisingEqualAScan() throws IOException {
    MemoryDictionary dictionary = new MemoryDictionary("synthetic", TEXT);
    Set<String> keys = new LinkedHashSet<>();
    for (String form :
        List.of(
            "People\u2019s Harbour Authority",
            "The Harbour Board",
            "the Harbour Board",
            "Saint\u2013Pierre Line",
            "\u201cBlue\u201d Fleet",
            "S\u00e3o Brand\u00e3o")) {
      keys.addAll(SurfaceForms.lookupKeys(form));
    }
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, dictionary, 16, 512);
    index.build();
    Map<String, List<LinkCandidate>> scanned = new DictionaryScanner(dictionary).scan(keys);
    assertEquals(Optional.of(scanned), index.lookUp(keys));
    assertEquals(
        List.of(new LinkCandidate("People's_Harbour_Authority", 0.97)),
        scanned.get("People's Harbour Authority"));
    assertEquals(List.of(new LinkCandidate("Harbour_Board", 0.8)), scanned.get("Harbour Board"));
    assertTrue(scanned.get("People\u2019s Harbour Authority").isEmpty());
  }

  @Test
  void theLinkerUsesTheIndexAndLinksAsWithoutIt() throws IOException {
    ResolvedCorpus corpus =
        new ResolvedCorpus(
            List.of(
                entity(EntityType.ORGANIZATION, "Coastal Defence League", "CDL", "Coastal League"),
                entity(EntityType.COUNTRY, "Portugal", "Portuguese"),
                entity(EntityType.ORGANIZATION, "People\u2019s Harbour Authority"),
                entity(EntityType.PERSON, "Quentin Zabrowski")),
            List.of());
    TinyDictionary streamed = new TinyDictionary();
    LinkResult withoutIndex =
        new WikipediaLinker(LinkSettings.defaults(), cacheDir.resolve("a"), streamed)
            .linkWithReport(corpus);
    assertFalse(withoutIndex.indexUsed());

    TinyDictionary indexed = new TinyDictionary();
    new WikiDictionaryIndex(cacheDir.resolve("b"), indexed).build();
    assertEquals(1, indexed.opened());
    LinkResult withIndex =
        new WikipediaLinker(LinkSettings.defaults(), cacheDir.resolve("b"), indexed)
            .linkWithReport(corpus);
    assertTrue(withIndex.indexUsed());
    assertTrue(withIndex.dictionaryRead());
    assertEquals(1, indexed.opened(), "the dictionary itself is not read again");
    assertEquals(withoutIndex.corpus(), withIndex.corpus());
    assertEquals(3, withIndex.linked());
  }

  @Test
  void aTruncatedIndexIsIgnoredAndTheDictionaryStreamed() throws IOException {
    TinyDictionary dictionary = new TinyDictionary();
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, dictionary);
    index.build();
    Path file = index.file();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - 7);
    }
    assertTrue(index.whyUnusable().orElseThrow().contains("truncated"));
    assertEquals(Optional.empty(), index.lookUp(List.of("Portugal")));

    LinkResult result =
        new WikipediaLinker(LinkSettings.defaults(), cacheDir, dictionary)
            .linkWithReport(
                new ResolvedCorpus(List.of(entity(EntityType.COUNTRY, "Portugal")), List.of()));
    assertFalse(result.indexUsed());
    assertEquals(2, dictionary.opened(), "built once, then streamed");
    assertEquals(Optional.of("Portugal"), result.corpus().entities().get(0).wikipediaTitle());
  }

  @Test
  void anIndexOfAnotherDictionaryOrAnotherFileIsIgnored() throws IOException {
    new WikiDictionaryIndex(cacheDir, new TinyDictionary("tiny, release 1")).build();
    WikiDictionaryIndex newer = new WikiDictionaryIndex(cacheDir, new TinyDictionary("tiny, r2"));
    assertEquals(Optional.of("it was made from another dictionary"), newer.whyUnusable());
    assertEquals(Optional.empty(), newer.lookUp(List.of("Portugal")));

    Files.writeString(newer.file(), "surface\ttitle\t1.0\n".repeat(20));
    assertTrue(newer.whyUnusable().orElseThrow().contains("not a newsgraph dictionary index"));
    assertEquals(Optional.empty(), newer.lookUp(List.of("surface")));
  }

  @Test
  void aDamagedBlockOrBucketNeverGivesAnAnswer() throws IOException {
    MemoryDictionary dictionary = new MemoryDictionary("synthetic", TEXT);
    List<String> keys = keysOf(TEXT);
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, dictionary, 4, 100_000);
    index.build();
    long size = Files.size(index.file());
    long[] offsets = {DictionaryIndexFile.HEADER + 40, size / 2, size - 200, size - 100, size - 9};
    for (long offset : offsets) {
      index.build();
      flipByte(index.file(), offset);
      assertEquals(Optional.empty(), index.lookUp(keys), "byte " + offset + " of " + size);
    }
  }

  @Test
  void aBuildShowsNoIndexUntilItIsCompleteAndLeavesNoTemporaryFiles() throws IOException {
    Path file = cacheDir.resolve(WikiDictionaryIndex.FOLDER).resolve(WikiDictionaryIndex.FILE_NAME);
    List<Boolean> seenWhileReading = new ArrayList<>();
    WikiDictionary watched =
        new MemoryDictionary(
            "synthetic",
            TEXT,
            in -> new OnClose(in, () -> seenWhileReading.add(Files.exists(file))));
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, watched, 16, 1024);
    index.build();
    assertEquals(List.of(false), seenWhileReading, "no index file while the dictionary was read");
    assertEquals(Optional.empty(), index.whyUnusable());
    try (var files = Files.list(file.getParent())) {
      assertEquals(
          Set.of(WikiDictionaryIndex.FILE_NAME, "build.lock"),
          Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
    }
  }

  @Test
  void aRebuildReplacesTheOldIndexInOneStep() throws IOException {
    new WikiDictionaryIndex(cacheDir, new MemoryDictionary("release 1", TEXT), 16, 1024).build();
    List<String> oldStampWhileReading = new ArrayList<>();
    WikiDictionaryIndex[] newer = new WikiDictionaryIndex[1];
    WikiDictionary release2 =
        new MemoryDictionary(
            "release 2",
            TEXT,
            in ->
                new OnClose(in, () -> oldStampWhileReading.add(newer[0].whyUnusable().orElse(""))));
    newer[0] = new WikiDictionaryIndex(cacheDir, release2, 16, 1024);
    newer[0].build();
    assertEquals(List.of("it was made from another dictionary"), oldStampWhileReading);
    assertEquals(Optional.empty(), newer[0].whyUnusable());
    assertNoUnfinishedBuild();
  }

  @Test
  void aFailedBuildLeavesTheOldIndexInPlace() throws IOException {
    MemoryDictionary dictionary = new MemoryDictionary("synthetic", TEXT);
    WikiDictionaryIndex good = new WikiDictionaryIndex(cacheDir, dictionary, 16, 1024);
    good.build();
    byte[] before = Files.readAllBytes(good.file());

    WikiDictionary failing =
        new MemoryDictionary("synthetic", TEXT, in -> new FailingAfter(in, 1000));
    WikiDictionaryIndex broken = new WikiDictionaryIndex(cacheDir, failing, 16, 1024);
    IOException e = assertThrows(IOException.class, broken::build);
    assertTrue(e.getMessage().contains("disk gone"), e.getMessage());

    assertTrue(Arrays.equals(before, Files.readAllBytes(good.file())));
    assertEquals(Optional.empty(), good.whyUnusable());
    assertNoUnfinishedBuild();
  }

  @Test
  void anInterruptedBuildStopsAndLeavesNothing() throws IOException {
    WikiDictionary interrupting =
        new MemoryDictionary(
            "synthetic",
            TEXT,
            in -> {
              Thread.currentThread().interrupt();
              return in;
            });
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, interrupting, 16, 256);
    try {
      assertThrows(IOException.class, index::build);
    } finally {
      Thread.interrupted();
    }
    assertFalse(Files.exists(index.file()));
    assertNoUnfinishedBuild();
  }

  @Test
  void aSecondBuildAtTheSameTimeIsRefused() throws IOException {
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, new TinyDictionary());
    Path folder = index.file().getParent();
    Files.createDirectories(folder);
    try (FileChannel channel =
            FileChannel.open(
                folder.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      IOException e = assertThrows(IOException.class, index::build);
      assertTrue(e.getMessage().contains("being built"), e.getMessage());
    }
    index.build();
    assertEquals(Optional.empty(), index.whyUnusable());
  }

  @Test
  void anUnfinishedBuildOfAnEarlierProcessIsRemoved() throws IOException {
    WikiDictionaryIndex index = new WikiDictionaryIndex(cacheDir, new TinyDictionary());
    Path stale = index.file().getParent().resolve("building-123");
    Files.createDirectories(stale);
    Files.writeString(stale.resolve("part-0"), "left over");
    index.build();
    assertFalse(Files.exists(stale));
  }

  private void assertNoUnfinishedBuild() throws IOException {
    try (var files = Files.list(cacheDir.resolve(WikiDictionaryIndex.FOLDER))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().noneMatch(n -> n.startsWith("building-")), names.toString());
    }
  }

  private static void flipByte(Path file, long offset) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(offset);
      int b = raf.read();
      raf.seek(offset);
      raf.write(b ^ 0x5a);
    }
  }

  /** Every surface form of the text, some of them in other forms, and names it lacks. */
  private static List<String> keysOf(String text) {
    Set<String> keys = new LinkedHashSet<>();
    for (String line : text.split("\r?\n")) {
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        String surface = line.substring(0, tab);
        keys.add(surface);
        keys.add(surface.toUpperCase(Locale.ROOT));
        keys.add(surface + " ");
      }
    }
    keys.addAll(List.of("no such name", "", "broken line", "Nameless Place 7"));
    return List.copyOf(keys);
  }

  private static String syntheticDictionary() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("Place ")
          .append(i)
          .append('\t')
          .append("Place_")
          .append(i)
          .append('\t')
          .append(0.5 + (i % 50) / 100.0)
          .append('\n');
      if (i % 7 == 0) {
        text.append("place ")
            .append(i)
            .append('\t')
            .append("Place_(band)_")
            .append(i)
            .append("\t0.9\n");
      }
      if (i == 1000 || i == 2000 || i == 2999) {
        text.append("Riverbend\tRiverbend_")
            .append(i)
            .append('\t')
            .append(i / 10000.0)
            .append('\n');
      }
    }
    text.append("People's Harbour Authority\tPeople's_Harbour_Authority\t0.97\n");
    text.append("Harbour Board\tHarbour_Board\t0.8\n");
    text.append("Saint-Pierre Line\tSaint-Pierre_Line\t0.6\n");
    text.append("\"Blue\" Fleet\tBlue_Fleet\t1.0\n");
    text.append("S\u00e3o Brand\u00e3o\tS\u00e3o_Brand\u00e3o\t0.93\r\n");
    text.append("broken line\n");
    text.append("Bad Score\tBad_Score\tnot-a-number\n");
    text.append("Z\u00fcrich Lake\tLake_Z\u00fcrich\t0.7");
    return text.toString();
  }

  private static Entity entity(EntityType type, String label, String... aliases) {
    String id =
        type.name().toLowerCase(Locale.ROOT)
            + "/"
            + label.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
    return new Entity(id, type, label, Arrays.asList(aliases), Optional.empty());
  }

  /** A dictionary made from text, gzipped in memory; its stream may be wrapped. */
  private static final class MemoryDictionary implements WikiDictionary {
    private final String identity;
    private final byte[] gzip;
    private final UnaryOperator<InputStream> wrapper;

    MemoryDictionary(String identity, String text) {
      this(identity, text, UnaryOperator.identity());
    }

    MemoryDictionary(String identity, String text, UnaryOperator<InputStream> wrapper) {
      this.identity = identity;
      this.gzip = gzip(text);
      this.wrapper = wrapper;
    }

    @Override
    public String identity() {
      return identity;
    }

    @Override
    public InputStream open() {
      return wrapper.apply(new ByteArrayInputStream(gzip));
    }

    private static byte[] gzip(String text) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return bytes.toByteArray();
    }
  }

  /** Runs an action when the stream is closed, after it was read. */
  private static final class OnClose extends FilterInputStream {
    private final Runnable action;

    private boolean closed;

    OnClose(InputStream in, Runnable action) {
      super(in);
      this.action = action;
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        action.run();
      }
      super.close();
    }
  }

  /** Fails after some bytes of the compressed stream. */
  private static final class FailingAfter extends FilterInputStream {
    private long left;

    FailingAfter(InputStream in, long bytes) {
      super(in);
      this.left = bytes;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("disk gone");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }
  }
}
