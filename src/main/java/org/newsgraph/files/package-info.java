/**
 * Writing files so that a reader never sees half of one: the foundation every stage that writes
 * files (caches, exports, the build summary) uses, below all stages.
 */
package org.newsgraph.files;
