/**
 * The Spark engine of {@code newsgraph build --engine spark}: the per-document stages (annotation
 * through the annotation cache, the pattern rules) run in the partitions of a Spark job, with
 * CoreNLP loaded once per executor JVM; the build's corpus-wide stages and the store are those of
 * the single-process engine ({@code pipeline}). The only package that uses Spark's types; Spark is
 * a provided dependency (target/spark-lib), on the class path only for this engine. See
 * docs/scale-out.md.
 */
package org.newsgraph.spark;
