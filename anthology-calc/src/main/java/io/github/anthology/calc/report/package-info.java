/** The calculators' results as an aligned terminal table or as JSON (schemas under docs/schemas). */
@CalcStyle
package io.github.anthology.calc.report;

import io.github.anthology.calc.CalcStyle;
