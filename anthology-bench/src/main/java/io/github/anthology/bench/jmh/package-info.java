/** JMH benchmarks of reading, each rule family, the whole lint and rendering. */
package io.github.anthology.bench.jmh;
