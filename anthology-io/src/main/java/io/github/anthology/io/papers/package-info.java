/**
 * Paper metadata for the citation checks: the source SPI, the registry's lock file, and the
 * refresh that fills it.
 */
package io.github.anthology.io.papers;
