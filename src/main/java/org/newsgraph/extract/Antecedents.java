package org.newsgraph.extract;

import java.util.Optional;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;

/**
 * Finds the entity a relation slot refers to when it names none: a pronoun ("she") or a description
 * ("the company"). Two resolvers are at hand: the project's own light rules ({@link Descriptions},
 * {@link Pronouns}) and CoreNLP's statistical coreference ({@link CorefLinks}, present only when
 * the build annotated with {@code coref=true}); the {@link Mode} says how they combine. See
 * docs/coreference.md for the measurements behind {@link #DEFAULT_MODE}.
 */
final class Antecedents {

  /** How the own rules and CoreNLP's coreference combine. */
  enum Mode {
    /** The own rules only; coreference links are ignored. */
    OWN,
    /** The own rules, then CoreNLP's link when the rules find nothing. */
    OWN_FIRST,
    /** CoreNLP's link, then the own rules when there is none. */
    COREF_FIRST,
    /** CoreNLP's links only, in documents that have them; the own rules elsewhere. */
    COREF,
    /** Neither: slots that name no entity stay unresolved. */
    NONE
  }

  /**
   * The mode the build uses: the own rules, then CoreNLP's links. Without {@code coref=true} (the
   * default) there are no links and this is the own rules alone; with it, the links only fill slots
   * the rules leave open, which added correct facts and lost none on the dev sets, where the links
   * alone lost many (docs/coreference.md).
   */
  static final Mode DEFAULT_MODE = Mode.OWN_FIRST;

  /**
   * The relation of the rules whose subject "it" is an organisation ({@link
   * Descriptions#seatPronoun}).
   */
  private static final String SEAT = Relation.HEADQUARTERS.localName();

  private final Mode mode;
  private final Descriptions descriptions;
  private final Pronouns pronouns;
  private final CorefLinks links;

  Antecedents(MentionIndex index, Mode mode) {
    this(mode, new Descriptions(index), new Pronouns(index), new CorefLinks(index));
  }

  Antecedents(Mode mode, Descriptions descriptions, Pronouns pronouns, CorefLinks links) {
    this.mode = mode;
    this.descriptions = descriptions;
    this.pronouns = pronouns;
    this.links = links;
  }

  /**
   * The entity a subject slot refers to. The own rules resolve descriptions for every extractor and
   * subject pronouns for pattern rules only (KBP pairs a pronoun with every title of a sentence);
   * coreference links likewise count for pronouns only under pattern rules.
   */
  Optional<Entity> subject(AnnotatedDocument document, RelationCandidate candidate, TextSpan span) {
    String docId = document.document().id();
    boolean pattern = candidate.extractor().startsWith("pattern:");
    return resolve(
        document,
        () ->
            descriptions
                .antecedent(document, candidate.sentence(), span)
                .or(
                    () ->
                        pattern && SEAT.equals(candidate.relation())
                            ? descriptions.seatPronoun(document, candidate.sentence(), span)
                            : Optional.empty())
                .or(
                    () ->
                        pattern
                            ? pronouns.antecedent(
                                docId, document.document().text(), candidate.sentence(), span)
                            : Optional.empty()),
        () -> links.antecedent(document, span, pattern));
  }

  /**
   * Whether the entity's name is only a description noun ("Institute" where NER tagged "The
   * Institute's director"): a reference to resolve, not a name.
   */
  boolean isReference(Entity entity) {
    return descriptions.isBareNoun(entity);
  }

  /** The entity an object slot of a pattern rule refers to (KBP objects are not resolved). */
  Optional<Entity> object(AnnotatedDocument document, RelationCandidate candidate, TextSpan span) {
    if (candidate.extractor().equals("kbp")) {
      return Optional.empty();
    }
    return resolve(
        document,
        () -> descriptions.antecedent(document, candidate.sentence(), span),
        () -> links.antecedent(document, span, true));
  }

  private Optional<Entity> resolve(
      AnnotatedDocument document,
      Supplier<Optional<Entity>> own,
      Supplier<Optional<Entity>> coref) {
    boolean linked = !document.corefLinks().isEmpty();
    return switch (mode) {
      case OWN -> own.get();
      case OWN_FIRST -> own.get().or(coref);
      case COREF_FIRST -> coref.get().or(own);
      case COREF -> linked ? coref.get() : own.get();
      case NONE -> Optional.empty();
    };
  }
}
