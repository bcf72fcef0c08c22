/** The naming conventions for topics (docs/conventions.md): format, process gerunds, component nouns, suffixes. */
package io.github.anthology.rules.builtin.naming;
