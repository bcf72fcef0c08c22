/** The lock file of paper metadata: refreshing it from arXiv or a snapshot, and adding a paper. */
package io.github.anthology.api.internal.papers;
