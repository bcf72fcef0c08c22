/** Parameter counts with a per-component breakdown, exact on released checkpoints. */
@CalcStyle
package io.github.anthology.calc.params;

import io.github.anthology.calc.CalcStyle;
