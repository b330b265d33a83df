package org.newsgraph.bench;

/**
 * The heap a measured configuration needed.
 *
 * @param usedBytes the most heap in use at once (garbage included): the largest total of the heap
 *     pools just before a garbage collection, or at the end of the run
 * @param afterGcBytes the most heap still in use right after a garbage collection: close to the
 *     largest live data set, i.e. what the configuration needs at least
 */
record HeapPeak(long usedBytes, long afterGcBytes) {

  /** The heap was not measured (the run was in another process). */
  static final HeapPeak UNMEASURED = new HeapPeak(-1, -1);

  /** Whether the heap was measured. */
  boolean measured() {
    return usedBytes >= 0;
  }
}
