package org.newsgraph.bench;

/**
 * What the growth benchmark measured for one corpus size.
 *
 * @param documents documents in the corpus
 * @param build the build of the corpus into an empty store; its time outside annotation and model
 *     loading ({@link BenchMeasurement#ownNanos()}) is the work that grows with the store
 *     (resolution, linking, extraction, the graph and the store write)
 * @param addOneNanos wall time of adding one new document to the store of the corpus
 */
record GrowthStep(int documents, BenchMeasurement build, long addOneNanos) {}
