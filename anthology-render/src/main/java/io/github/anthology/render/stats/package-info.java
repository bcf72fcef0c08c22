/** The figures of {@code anthology stats} (papers, statuses, topics and their years) as text and JSON. */
package io.github.anthology.render.stats;
