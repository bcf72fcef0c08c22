package io.github.anthology.calc.model;

/** How a model knows where a token stands. */
public enum Positions {
  /** A learned table of position vectors: parameters (GPT-2, OPT). */
  LEARNED,
  /** Rotary embeddings (Su et al. 2021): no parameters (GPT-NeoX, Llama, Falcon). */
  ROTARY,
  /** Attention with linear biases (Press et al. 2021): no parameters (BLOOM, MPT). */
  ALIBI,
  /** No position information at all. */
  NONE
}
