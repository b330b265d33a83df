package org.newsgraph.annotate;

import java.io.Serializable;

/**
 * A named-entity mention as CoreNLP found it.
 *
 * @param sentence 0-based sentence index
 * @param tokenBegin 0-based index of the first token within the sentence
 * @param tokenEnd index just past the last token
 * @param span the mention's text and document offsets
 * @param type fine-grained NER type, e.g. {@code PERSON}, {@code COUNTRY}, {@code CITY}
 * @param corefChain id of the coreference chain the mention belongs to, or -1
 */
public record Mention(
    int sentence, int tokenBegin, int tokenEnd, TextSpan span, NerTag type, int corefChain)
    implements Serializable {}
