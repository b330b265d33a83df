package org.newsgraph.extract;

import java.util.EnumSet;
import java.util.Set;
import org.newsgraph.resolve.EntityType;

/** The entity types each relation allows for subject and object (../shared/eval/GUIDELINES.md). */
final class Signature {

  private static final Set<EntityType> PLACES =
      EnumSet.of(EntityType.CITY, EntityType.COUNTRY, EntityType.PLACE);

  private Signature() {}

  /** Whether the relation accepts this subject type. */
  static boolean subject(Relation relation, EntityType type) {
    return switch (relation) {
      case TITLE, EMPLOYER, CITIZENSHIP -> type == EntityType.PERSON;
      case MEMBER_OF -> type == EntityType.COUNTRY || type == EntityType.ORGANIZATION;
      case HEADQUARTERS, PART_OF -> type == EntityType.ORGANIZATION;
      case LOCATED_IN -> type == EntityType.CITY || type == EntityType.PLACE;
      case PARTICIPANT_IN ->
          type == EntityType.COUNTRY
              || type == EntityType.ORGANIZATION
              || type == EntityType.PERSON;
      case LEADER -> type == EntityType.ORGANIZATION || type == EntityType.COUNTRY;
    };
  }

  /**
   * Whether the relation accepts this object type after this subject type: as {@link
   * #object(Relation, EntityType)}, and a named site (a base, palace, campus: a PLACE that is no
   * city) may also lie in a city ("Norby Barracks in Lyon"), as the annotation guidelines' gold
   * sets list such facts. A city in a city is not read (a district or a metonym).
   */
  static boolean object(Relation relation, EntityType subject, EntityType object) {
    return object(relation, object)
        || (relation == Relation.LOCATED_IN
            && subject == EntityType.PLACE
            && object == EntityType.CITY);
  }

  /** Whether the relation accepts this object type (never called for titles). */
  static boolean object(Relation relation, EntityType type) {
    return switch (relation) {
      case TITLE -> false;
      case EMPLOYER -> type == EntityType.ORGANIZATION || type == EntityType.COUNTRY;
      case CITIZENSHIP -> type == EntityType.COUNTRY;
      case MEMBER_OF, PART_OF, PARTICIPANT_IN -> type == EntityType.ORGANIZATION;
      case HEADQUARTERS -> PLACES.contains(type);
      case LOCATED_IN -> type == EntityType.COUNTRY || type == EntityType.PLACE;
      case LEADER -> type == EntityType.PERSON;
    };
  }
}
