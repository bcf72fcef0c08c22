/** Rules for Markdown reading lists: duplicate links, broken table-of-contents anchors, empty sections, bare URLs. */
package io.github.anthology.rules.builtin.list;
