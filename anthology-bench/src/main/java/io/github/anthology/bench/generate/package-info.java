/** A deterministic, seeded generator of realistic registries of any size, and its writers. */
package io.github.anthology.bench.generate;
