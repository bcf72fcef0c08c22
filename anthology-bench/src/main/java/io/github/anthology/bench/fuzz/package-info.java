/** The mutation fuzzer: hostile variants of every input format, run through every reader and rewrite command. */
package io.github.anthology.bench.fuzz;
