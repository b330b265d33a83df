package org.newsgraph.extract;

/**
 * The relations newsgraph extracts, each mapped to the Wikidata direct property the ontology makes
 * it a sub-property of.
 */
public enum Relation {
  TITLE("title", "P39"),
  EMPLOYER("employer", "P108"),
  CITIZENSHIP("citizenship", "P27"),
  MEMBER_OF("memberOf", "P463"),
  HEADQUARTERS("headquarters", "P159"),
  LOCATED_IN("locatedIn", "P131"),
  PART_OF("partOf", "P361"),
  PARTICIPANT_IN("participantIn", "P1344"),
  LEADER("leader", "P488");

  private final String localName;
  private final String wikidataProperty;

  Relation(String localName, String wikidataProperty) {
    this.localName = localName;
    this.wikidataProperty = wikidataProperty;
  }

  /** The property's local name in the newsgraph ontology, e.g. {@code memberOf}. */
  public String localName() {
    return localName;
  }

  /** The Wikidata property id, e.g. {@code P463}. */
  public String wikidataProperty() {
    return wikidataProperty;
  }

  /** Whether the object is a literal string (a title) rather than an entity. */
  public boolean hasLiteralObject() {
    return this == TITLE;
  }
}
