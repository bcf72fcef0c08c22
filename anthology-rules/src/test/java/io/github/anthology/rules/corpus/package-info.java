/** The real-data corpus: real registries and reading lists with reviewed expected findings. */
package io.github.anthology.rules.corpus;
