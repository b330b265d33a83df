package org.newsgraph.ingest;

import java.nio.file.Path;

/**
 * One file to read, with the id and source it will carry.
 *
 * @param path where to read it
 * @param id the document id: the path relative to the input root, {@code /}-separated
 * @param source the path published as the document's source: as the user gave it when relative,
 *     otherwise relative to the working folder, or the input's last name (see {@link
 *     InputExpander})
 * @param format how to turn its content into text
 */
record InputFile(Path path, String id, String source, InputFormat format) {}
