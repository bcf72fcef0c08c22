/** Seed 001's naming conventions for topics: format, process gerunds, component nouns, suffixes. */
package io.github.anthology.rules.builtin.naming;
