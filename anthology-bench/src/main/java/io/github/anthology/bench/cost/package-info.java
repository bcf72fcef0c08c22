/** CPU seconds of each rule alone over a workload: a cost table that a loaded machine does not distort. */
package io.github.anthology.bench.cost;
