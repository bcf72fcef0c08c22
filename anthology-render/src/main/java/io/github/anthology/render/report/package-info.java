/** Lint report formats: text, JSON and the standard formats tools read. */
package io.github.anthology.render.report;
