/**
 * The extract stage: turns KBP and pattern-rule relation candidates over resolved entities into
 * {@link org.newsgraph.extract.Fact}s with evidence, a modality (asserted, negated, hypothetical)
 * and a noisy-or confidence ({@link org.newsgraph.extract.FactExtractor}). Candidates are read as
 * observations, then an ordered list of fact rules ({@code FactRule}: cut-off titles, dateline
 * countries, leaders, names, ministries) each takes the observations so far and returns the next,
 * sharing what one extraction computes once ({@code ExtractionContext}); the observations are then
 * combined into facts. An optional learned classifier ({@code LearnedRelations}, off by default,
 * {@link org.newsgraph.extract.LearnedSettings}) adds facts for entity pairs of one sentence from
 * per-relation models trained on the gold sets ({@link org.newsgraph.extract.RelationTrainer}).
 * Rule files (KBP slot mapping, modality cues, leader titles, national offices, description and
 * mission words) live in {@code org/newsgraph/extract/}. See docs/resolution-and-extraction.md.
 */
package org.newsgraph.extract;
