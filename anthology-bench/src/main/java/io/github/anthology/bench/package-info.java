/** Benchmarks of Anthology and the synthetic registries they run on; not published. */
package io.github.anthology.bench;
