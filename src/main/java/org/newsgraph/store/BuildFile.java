package org.newsgraph.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.files.AtomicFile;

/**
 * Reads and writes {@code build.json}: the last build's time, settings and counts. Writes go to a
 * temporary file that is then moved over the old one atomically, so readers see the old or the new
 * file, never a part.
 */
final class BuildFile {

  /** The JSON shape of build.json. */
  record Content(String buildTime, Map<String, String> settings, Map<String, Long> counts) {}

  private final Path file;
  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  BuildFile(Path file) {
    this.file = file;
  }

  void write(BuildSummary summary) {
    Content content =
        new Content(summary.buildTime().toString(), summary.settings(), summary.counts());
    try {
      byte[] json = (mapper.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(file, out -> out.write(json));
    } catch (IOException e) {
      throw new StoreException(
          "The store was updated but its summary '"
              + file
              + "' could not be written: "
              + e.getMessage(),
          e);
    }
  }

  Optional<BuildSummary> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Content content = mapper.readValue(file.toFile(), Content.class);
      if (content == null || content.buildTime() == null) {
        throw damaged("it has no buildTime", null);
      }
      return Optional.of(
          new BuildSummary(
              Instant.parse(content.buildTime()),
              content.settings() == null ? Map.of() : content.settings(),
              content.counts() == null ? Map.of() : content.counts()));
    } catch (IOException | DateTimeParseException e) {
      throw damaged(e.getMessage(), e);
    }
  }

  private StoreException damaged(String reason, Exception cause) {
    return new StoreException(
        "The build summary '"
            + file
            + "' is damaged ("
            + reason
            + "). Run 'newsgraph build' again to rewrite it.",
        cause);
  }
}
