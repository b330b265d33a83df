package org.newsgraph.export;

import java.util.List;
import java.util.Locale;
import org.newsgraph.store.NamedFormat;

/**
 * The RDF serialisations {@link RdfExporter} writes. TriG and N-Quads keep the named graphs; the
 * others write the union of all graphs (one merged graph).
 */
@SuppressWarnings("ImmutableEnumChecker") // aliases is an unmodifiable List.copyOf
public enum RdfFormat implements NamedFormat {
  TURTLE("turtle", "ttl", "text/turtle", false, List.of("ttl")),
  TRIG("trig", "trig", "application/trig", true, List.of()),
  NQUADS("nquads", "nq", "application/n-quads", true, List.of("nq", "n-quads")),
  NTRIPLES("ntriples", "nt", "application/n-triples", false, List.of("nt", "n-triples")),
  JSONLD("jsonld", "jsonld", "application/ld+json", false, List.of("json-ld")),
  RDFXML("rdfxml", "rdf", "application/rdf+xml", false, List.of("rdf/xml", "xml", "rdf"));

  private final String optionName;
  private final String fileExtension;
  private final String mediaType;
  private final boolean keepsGraphs;
  private final List<String> aliases;

  RdfFormat(
      String optionName,
      String fileExtension,
      String mediaType,
      boolean keepsGraphs,
      List<String> aliases) {
    this.optionName = optionName;
    this.fileExtension = fileExtension;
    this.mediaType = mediaType;
    this.keepsGraphs = keepsGraphs;
    this.aliases = List.copyOf(aliases);
  }

  /** The name users type, e.g. {@code turtle}. */
  @Override
  public String optionName() {
    return optionName;
  }

  /** The usual file extension, without the dot. */
  public String fileExtension() {
    return fileExtension;
  }

  /** The IANA media type. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether the format keeps the named graphs (TriG, N-Quads) rather than merging them. */
  public boolean keepsGraphs() {
    return keepsGraphs;
  }

  /** Whether the text, trimmed, in any case, is this format's name or one of its aliases. */
  @Override
  public boolean isCalled(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return optionName.equals(wanted) || aliases.contains(wanted);
  }

  /**
   * The format with this name or alias ({@code ttl}, {@code nt}, {@code nq}, {@code json-ld},
   * {@code rdf/xml}...), case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted formats when there is none
   */
  public static RdfFormat fromName(String name) {
    return NamedFormat.byName(RdfFormat.class, "RDF format", name);
  }
}
