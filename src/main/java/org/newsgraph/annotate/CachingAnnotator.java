package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.files.AtomicFile;
import org.newsgraph.ingest.SourceDocument;

/**
 * A {@link DocumentAnnotator} that keeps each document's annotations in a cache folder, one gzipped
 * JSON file per document text and annotator fingerprint: {@code {contentHash}-{first 16 hex of
 * sha256(fingerprint)}.json.gz}, where the fingerprint is the document's own ({@link
 * DocumentAnnotator#fingerprint(SourceDocument)}: a long document annotated in pieces also depends
 * on the piece size). The real annotator is created through the supplier on the first cache miss
 * only, so a build whose documents are all cached never loads CoreNLP. Unreadable cache files are
 * ignored and overwritten. Safe for several threads.
 */
public final class CachingAnnotator implements DocumentAnnotator {

  private final Path cacheDir;
  private final String fingerprint;
  private final String fingerprintKey;
  private final Function<SourceDocument, String> documentFingerprint;
  private final Supplier<? extends DocumentAnnotator> factory;
  private final AnnotationCodec codec = new AnnotationCodec();
  private final Object lock = new Object();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private volatile DocumentAnnotator delegate;

  /**
   * @param cacheDir the cache folder (created on the first write)
   * @param fingerprint the fingerprint of the annotator the supplier creates, e.g. {@link
   *     AnnotatorSettings#fingerprint()}
   * @param factory creates the real annotator; called at most once
   */
  public CachingAnnotator(
      Path cacheDir, String fingerprint, Supplier<? extends DocumentAnnotator> factory) {
    this(cacheDir, fingerprint, document -> fingerprint, factory);
  }

  /**
   * A cache whose key also depends on the document beyond its text (its length: pieces).
   *
   * @param fingerprint the annotator's fingerprint, {@link DocumentAnnotator#fingerprint()}
   * @param documentFingerprint the fingerprint of one document's annotations, {@link
   *     DocumentAnnotator#fingerprint(SourceDocument)}, e.g. {@link
   *     AnnotatorSettings#fingerprint(SourceDocument)}
   * @param factory creates the real annotator; called at most once
   */
  public CachingAnnotator(
      Path cacheDir,
      String fingerprint,
      Function<SourceDocument, String> documentFingerprint,
      Supplier<? extends DocumentAnnotator> factory) {
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    this.documentFingerprint = Objects.requireNonNull(documentFingerprint, "documentFingerprint");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.fingerprintKey = key(fingerprint);
  }

  /** A caching CoreNLP annotator with the given settings. */
  public static CachingAnnotator forCoreNlp(Path cacheDir, AnnotatorSettings settings) {
    return new CachingAnnotator(
        cacheDir,
        settings.fingerprint(),
        settings::fingerprint,
        () -> CoreNlpAnnotator.load(settings));
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    return annotate(document, PieceListener.NONE);
  }

  /** The cached annotations, or those of the real annotator, told about pieces. */
  @Override
  public AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
    Path file = cacheFile(document);
    AnnotatedDocument cached = readCached(file, document);
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    misses.incrementAndGet();
    AnnotatedDocument fresh = delegate().annotate(document, pieces);
    write(file, fresh);
    return fresh;
  }

  /** The cache file for a document's text under this fingerprint. */
  public Path cacheFile(SourceDocument document) {
    String own = documentFingerprint.apply(document);
    String ownKey = own.equals(fingerprint) ? fingerprintKey : key(own);
    return cacheDir.resolve(document.contentHash() + "-" + ownKey + ".json.gz");
  }

  /** How many documents came from the cache so far. */
  public long hits() {
    return hits.get();
  }

  /** How many documents had to be annotated so far. */
  public long misses() {
    return misses.get();
  }

  /** Whether the real annotator has been created. */
  public boolean annotatorLoaded() {
    return delegate != null;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public String fingerprint(SourceDocument document) {
    return documentFingerprint.apply(document);
  }

  @Override
  public void close() {
    DocumentAnnotator loaded = delegate;
    if (loaded != null) {
      loaded.close();
    }
  }

  private DocumentAnnotator delegate() {
    DocumentAnnotator loaded = delegate;
    if (loaded == null) {
      synchronized (lock) {
        loaded = delegate;
        if (loaded == null) {
          loaded = Objects.requireNonNull(factory.get(), "annotator factory returned null");
          delegate = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * The cached annotations re-attached to this document (its id and source may differ from the
   * document that was cached with the same text), or null when absent, unreadable or not for this
   * text.
   */
  private AnnotatedDocument readCached(Path file, SourceDocument document) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    AnnotatedDocument cached;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      cached = codec.read(in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (!cached.document().text().equals(document.text())) {
      return null;
    }
    return new AnnotatedDocument(
        document, cached.sentences(), cached.mentions(), cached.candidates(), cached.corefLinks());
  }

  private void write(Path file, AnnotatedDocument annotated) {
    try {
      Files.createDirectories(cacheDir);
      AtomicFile.write(
          file,
          out -> {
            try (OutputStream gzip = new GZIPOutputStream(out)) {
              codec.write(annotated, gzip);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the annotation cache file "
              + file
              + ": "
              + e.getMessage()
              + ". Check that the cache folder is writable, or delete it.",
          e);
    }
  }

  private static String key(String fingerprint) {
    return sha256Hex(fingerprint).substring(0, 16);
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
