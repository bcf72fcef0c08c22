/** Runs configured rules over an anthology and collects their findings in a fixed order. */
package io.github.anthology.rules.engine;
