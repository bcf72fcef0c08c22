/**
 * Device memory to train (weights, gradients, optimizer states, ZeRO buffers, activations) or to
 * serve (weights, KV cache, activations) a model, per device under tensor, pipeline, expert and
 * data parallelism with ZeRO stages 0–3.
 */
@CalcStyle
package io.github.anthology.calc.memory;

import io.github.anthology.calc.CalcStyle;
