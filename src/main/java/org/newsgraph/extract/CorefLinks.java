package org.newsgraph.extract;

import java.util.Optional;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CorefLink;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.resolve.Entity;

/**
 * Resolves a pronoun or description through CoreNLP's coreference ({@link
 * AnnotatedDocument#corefLinks()}, filled when the build ran {@code --annotator coref=true}): the
 * smallest linked mention that covers the span names, through its antecedent, the entity.
 */
final class CorefLinks {

  private final MentionIndex index;

  CorefLinks(MentionIndex index) {
    this.index = index;
  }

  /**
   * The entity the coreference chain of the span names, if a link covers the span.
   *
   * @param pronouns whether a pronoun's link counts (else only descriptions' links do)
   */
  Optional<Entity> antecedent(AnnotatedDocument document, TextSpan span, boolean pronouns) {
    CorefLink best = null;
    for (CorefLink link : document.corefLinks()) {
      boolean smaller = best == null || length(link.mention()) < length(best.mention());
      if ((pronouns || !link.pronominal()) && link.covers(span) && smaller) {
        best = link;
      }
    }
    return best == null
        ? Optional.empty()
        : index.entityAt(document.document().id(), best.antecedent());
  }

  private static int length(TextSpan span) {
    return span.end() - span.begin();
  }
}
