package org.newsgraph.annotate;

import java.io.Serializable;

/**
 * One edge of a sentence's enhanced++ dependency graph.
 *
 * @param governor 0-based token index of the head, or -1 for the root
 * @param dependent 0-based token index of the dependent
 * @param relation Universal Dependencies relation name, e.g. {@code nsubj} or {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) implements Serializable {}
