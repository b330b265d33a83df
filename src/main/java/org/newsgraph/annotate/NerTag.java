package org.newsgraph.annotate;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CoreNLP's English fine-grained named-entity tags, as {@link Token#ner()} and {@link
 * Mention#type()} carry them. The constant names are CoreNLP's strings, so the JSON of the
 * annotation cache is the same as with plain strings.
 */
public enum NerTag {
  PERSON,
  LOCATION,
  ORGANIZATION,
  MISC,
  MONEY,
  NUMBER,
  ORDINAL,
  PERCENT,
  DATE,
  TIME,
  DURATION,
  SET,
  EMAIL,
  URL,
  CITY,
  STATE_OR_PROVINCE,
  COUNTRY,
  NATIONALITY,
  RELIGION,
  TITLE,
  IDEOLOGY,
  CRIMINAL_CHARGE,
  CAUSE_OF_DEATH,
  HANDLE,
  /** No named entity. */
  O;

  private static final Map<String, NerTag> BY_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(NerTag::name, Function.identity()));

  /** The tag CoreNLP writes as {@code tag}; {@link #O} for null or a tag outside this set. */
  @JsonCreator
  public static NerTag of(String tag) {
    return tag == null ? O : BY_NAME.getOrDefault(tag, O);
  }

  /** Whether this is a named place: a country, city, state or province, or another location. */
  public boolean isPlace() {
    return this == COUNTRY || this == CITY || this == STATE_OR_PROVINCE || this == LOCATION;
  }
}
