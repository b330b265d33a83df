/**
 * The annotate stage: turns {@link org.newsgraph.ingest.SourceDocument}s into {@link
 * org.newsgraph.annotate.AnnotatedDocument}s (sentences, tokens, enhanced++ dependencies,
 * fine-grained NER mentions, KBP and pattern relation candidates).
 *
 * <p>Entry points: {@link org.newsgraph.annotate.CoreNlpAnnotator} (the CoreNLP pipeline, loaded
 * once per process), {@link org.newsgraph.annotate.CachingAnnotator} (gzipped JSON cache keyed by
 * text hash and settings fingerprint), {@link org.newsgraph.annotate.BatchAnnotator} (several
 * threads, input order kept) and {@link org.newsgraph.annotate.PatternMatcher} (TokensRegex and
 * Semgrex rules from resource files, run over the records); {@link
 * org.newsgraph.annotate.FeatureClassifier} wraps CoreNLP's linear classifier behind plain feature
 * lists for the learned relation extractor. CoreNLP types never leave this package. Character
 * offsets are UTF-16 indices into the document text.
 */
package org.newsgraph.annotate;
