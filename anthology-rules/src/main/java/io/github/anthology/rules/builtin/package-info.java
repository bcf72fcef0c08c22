/** The built-in rule catalogue, one sub-package per rule category. */
package io.github.anthology.rules.builtin;
