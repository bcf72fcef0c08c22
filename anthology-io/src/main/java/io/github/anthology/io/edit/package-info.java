/** Applying text edits to original text, unified diffs of the result, and atomic file writes. */
package io.github.anthology.io.edit;
