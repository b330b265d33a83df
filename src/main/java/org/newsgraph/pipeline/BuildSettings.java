package org.newsgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.store.BuildSummary;

/**
 * The settings a build records in {@code build.json}: the options that shape the graph, the {@link
 * CodeFingerprint} of the code, and a fingerprint of the corpus (every document's id, source and
 * text hash). Two builds with the same {@link #graphDefining graph-defining} settings give the same
 * graph, so the second can be skipped.
 */
final class BuildSettings {

  /** The identity of the knowledge base linking used, when not the bundled dictionary. */
  static final String KB = "kb";

  /** The folder of that knowledge base (moving it does not change the graph). */
  static final String KB_FOLDER = "kbFolder";

  /** The prefix of the learned relation classifier's settings ({@link LearnedSettings#toMap}). */
  static final String LEARNED = "learned.";

  /**
   * Recorded settings that do not change the graph: where the learned relation model lies (its
   * bytes are recorded) and where candidates were dumped are not.
   */
  private static final List<String> NOT_GRAPH_DEFINING =
      List.of(
          "threads",
          "fresh",
          KB_FOLDER,
          LEARNED + LearnedSettings.MODEL,
          LEARNED + LearnedSettings.DUMP);

  private BuildSettings() {}

  /**
   * The settings of a build of {@code corpus} with {@code options} by the code with fingerprint
   * {@code code}.
   */
  static Map<String, String> of(BuildOptions options, String code, List<SourceDocument> corpus) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("base", options.graph().baseIri());
    settings.put("threads", Integer.toString(options.threads()));
    settings.put("fresh", Boolean.toString(options.fresh()));
    options.annotator().toMap().forEach((k, v) -> settings.put("annotator." + k, v));
    options.link().toMap().forEach((k, v) -> settings.put("link." + k, v));
    options
        .knowledgeBase()
        .ifPresent(
            kb -> {
              settings.put(KB, kb.identity());
              settings.put(KB_FOLDER, kb.folder().toString());
            });
    options.learned().toMap().forEach((k, v) -> settings.put(LEARNED + k, v));
    settings.put("code", code);
    settings.put("corpus", corpusFingerprint(corpus));
    return settings;
  }

  /**
   * Whether a build with the settings {@code now} would make the graph that the last build made:
   * their graph-defining settings (code and corpus fingerprints included) are equal.
   */
  static boolean sameGraph(Optional<BuildSummary> last, Map<String, String> now) {
    return last.map(build -> graphDefining(build.settings()).equals(graphDefining(now)))
        .orElse(false);
  }

  /** The settings that decide what graph a build makes, sorted by key. */
  static Map<String, String> graphDefining(Map<String, String> settings) {
    Map<String, String> relevant = new TreeMap<>(settings);
    NOT_GRAPH_DEFINING.forEach(relevant::remove);
    return relevant;
  }

  /** A short hash of the documents' ids, sources and text hashes, in id order. */
  static String corpusFingerprint(List<SourceDocument> corpus) {
    Map<String, SourceDocument> byId = new TreeMap<>();
    corpus.forEach(d -> byId.put(d.id(), d));
    MessageDigest digest = CodeFingerprint.sha256();
    for (SourceDocument d : byId.values()) {
      for (String part : List.of(d.id(), d.source(), d.contentHash())) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }
}
