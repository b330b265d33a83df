package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A short hash of the newsgraph code and rule files that run a build: the bytes of the jar, or of
 * every file under the classes folder when running from a build tree. Recorded in build.json, so
 * that a build of an unchanged corpus is skipped only when the same code built the store; after an
 * upgrade or an edited rule file the graph is built again.
 */
final class CodeFingerprint {

  private CodeFingerprint() {}

  /** The fingerprint of the code this class was loaded from. */
  static String ofRunningCode() {
    return codeLocation().map(CodeFingerprint::of).orElse("unknown");
  }

  /** The jar (or classes folder) the newsgraph code was loaded from, when it comes from a file. */
  static Optional<Path> codeLocation() {
    CodeSource source = CodeFingerprint.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The fingerprint of a jar file, or of a folder's files (their relative paths and bytes, in path
   * order).
   */
  static String of(Path location) {
    MessageDigest digest = sha256();
    try {
      if (Files.isDirectory(location)) {
        for (Path file : filesUnder(location)) {
          digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          update(digest, file);
        }
      } else {
        update(digest, location);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the newsgraph code at " + location, e);
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void update(MessageDigest digest, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        digest.update(buffer, 0, read);
      }
    }
  }

  /** A new SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
