/** The description of a decoder transformer (dense or mixture-of-experts) that every calculator reads. */
@CalcStyle
package io.github.anthology.calc.model;

import io.github.anthology.calc.CalcStyle;
