/** Counts over an anthology (papers, statuses, topics and their years) that exports, reports and {@code anthology stats} share. */
package io.github.anthology.model.stats;
