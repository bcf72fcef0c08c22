/** Checks of each paper's own fields: arXiv ids, years, flags, topic tags, duplicates. */
package io.github.anthology.rules.builtin.paper;
