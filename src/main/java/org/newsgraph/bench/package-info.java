/**
 * The benchmark behind {@code newsgraph bench}: {@link org.newsgraph.bench.Benchmark} runs a {@link
 * org.newsgraph.bench.BenchPlan} (real builds of a corpus through the pipeline, a cached rebuild in
 * this JVM and in a new one, builds with 1 and 2 threads, plain CoreNLP on the same documents),
 * measuring wall and CPU time per stage and per CoreNLP annotator and the heap peak, and returns a
 * {@link org.newsgraph.bench.BenchReport} checked against the performance targets. See
 * docs/benchmark.md.
 */
package org.newsgraph.bench;
