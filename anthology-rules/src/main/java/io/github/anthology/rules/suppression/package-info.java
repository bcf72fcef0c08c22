/** Inline suppression: {@code # anthology-disable-*} comments found in the source text, applied to findings. */
package io.github.anthology.rules.suppression;
