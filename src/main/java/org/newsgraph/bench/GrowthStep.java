package org.newsgraph.bench;

/**
 * What the growth benchmark measured for one corpus size.
 *
 * @param documents documents in the corpus
 * @param build the build of the corpus into an empty store
 * @param rebuild the rebuild of the unchanged corpus: annotations from the cache, so its time is
 *     the work that is not annotation (reading the cache, resolution, linking, extraction, the
 *     graph and the store write)
 * @param addOneNanos wall time of adding one new document to the store of the corpus
 */
record GrowthStep(
    int documents, BenchMeasurement build, BenchMeasurement rebuild, long addOneNanos) {}
