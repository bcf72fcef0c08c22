/** The rule SPI that built-in and third-party rules implement, and the findings they report. */
@io.github.anthology.model.AnthologyStyle
package io.github.anthology.rules.api;
