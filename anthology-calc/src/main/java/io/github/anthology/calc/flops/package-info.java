/** Training and inference FLOPs by exact matrix-multiply accounting, with the 6·N·D approximation beside them. */
@CalcStyle
package io.github.anthology.calc.flops;

import io.github.anthology.calc.CalcStyle;
