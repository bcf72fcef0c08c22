/** The taxonomy conventions (docs/conventions.md): overlap and merging, one primary topic, defined topics. */
package io.github.anthology.rules.builtin.taxonomy;
