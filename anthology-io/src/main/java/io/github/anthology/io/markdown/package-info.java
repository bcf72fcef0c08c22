/** Markdown reading lists read with commonmark-java: headings become sections, links become resources. */
package io.github.anthology.io.markdown;
