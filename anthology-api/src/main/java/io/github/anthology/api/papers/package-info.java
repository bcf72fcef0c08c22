/** Paper metadata for the citation checks: where it comes from, and the lock file's refresh and additions. */
package io.github.anthology.api.papers;
