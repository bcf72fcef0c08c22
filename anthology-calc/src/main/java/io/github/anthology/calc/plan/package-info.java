/** Compute-optimal planning after Hoffmann et al. 2022: parameters, tokens and FLOPs in balance. */
@CalcStyle
package io.github.anthology.calc.plan;

import io.github.anthology.calc.CalcStyle;
