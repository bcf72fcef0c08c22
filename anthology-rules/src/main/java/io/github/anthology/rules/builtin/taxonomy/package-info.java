/** Seed 001's taxonomy invariants: overlap and merging, one primary topic, defined topics. */
package io.github.anthology.rules.builtin.taxonomy;
