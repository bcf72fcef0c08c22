/** Baselines: the findings a registry had when it adopted the linter, matched by entity, not by line. */
package io.github.anthology.rules.baseline;
