/**
 * Reads a Hugging Face {@code config.json} (from text or a stream; never a file) into a model
 * description, one small mapping per architecture family.
 */
@CalcStyle
package io.github.anthology.calc.hf;

import io.github.anthology.calc.CalcStyle;
