package org.newsgraph.annotate;

import java.io.Serializable;

/**
 * One token of a sentence.
 *
 * @param index 0-based index within its sentence
 * @param word the token as the tokenizer normalised it
 * @param lemma its lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner fine-grained NER tag, {@link NerTag#O} when none
 * @param begin document character offset of the token's first character
 * @param end document character offset just past the token
 */
public record Token(
    int index, String word, String lemma, String pos, NerTag ner, int begin, int end)
    implements Serializable {}
