/** Everything Anthology writes for people and tools: reports, Markdown, the static site. */
package io.github.anthology.render;
