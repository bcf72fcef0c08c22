/**
 * Checks of citations against arXiv's metadata as the registry's lock file records it: ids that do
 * not exist or name another paper, first authors and years that differ, withdrawn papers, and ids
 * pinned to a version.
 */
package io.github.anthology.rules.builtin.citation;
