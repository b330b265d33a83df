/**
 * The extract stage: turns KBP and pattern-rule relation candidates over resolved entities into
 * {@link org.newsgraph.extract.Fact}s with evidence, a modality (asserted, negated, hypothetical)
 * and a noisy-or confidence ({@link org.newsgraph.extract.FactExtractor}). Rule files (KBP slot
 * mapping, modality cues, leader titles, description and mission words) live in {@code
 * org/newsgraph/extract/}. See docs/resolution-and-extraction.md.
 */
package org.newsgraph.extract;
