package io.looksql.emulator.lookml;

import java.util.List;

/**
 * A project file as parsed, constants substituted.
 *
 * @param file the file
 * @param kind what it is
 * @param pairs its top-level pairs (none for a dashboard, which is read and ignored)
 */
record ParsedFile(LookmlFile file, FileKind kind, List<Node> pairs) {
}
