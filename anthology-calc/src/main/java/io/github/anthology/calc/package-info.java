/**
 * Transformer calculators: parameters, FLOPs, memory and compute-optimal plans from a model's
 * own description; this root package holds what every sub-package shares (the style, the error).
 */
@CalcStyle
package io.github.anthology.calc;
