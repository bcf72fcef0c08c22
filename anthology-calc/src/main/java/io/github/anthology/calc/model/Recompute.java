package io.github.anthology.calc.model;

/** Which activations the backward pass recomputes instead of keeping (Korthikanti et al. 2022). */
public enum Recompute {
  /** Keep every activation. */
  NONE,
  /** Recompute only the attention core (scores, softmax, dropout, weighted values). */
  SELECTIVE,
  /** Keep only each layer's input and recompute the whole layer's forward pass. */
  FULL
}
