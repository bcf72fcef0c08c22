package io.github.anthology.calc.model;

import io.github.anthology.calc.CalcInputException;

/** The feed-forward block's shape. */
public enum Mlp {
  /** Up and down projections: two matrices (GPT-2, GPT-NeoX, OPT, Falcon). */
  PLAIN(2),
  /** A gate beside the up projection, as in SwiGLU and GeGLU: three matrices (Llama, Mistral, Gemma). */
  GATED(3);

  private final int matrices;

  Mlp(int matrices) {
    this.matrices = matrices;
  }

  /** How many hidden-by-intermediate matrices one block holds. */
  public int matrices() {
    return matrices;
  }

  /** The shape with {@code matrices} matrices (2 or 3), as the cookbook's {@code --num-mlp-linears} gives it. */
  public static Mlp ofMatrices(int matrices) {
    for (Mlp m : values()) {
      if (m.matrices == matrices) {
        return m;
      }
    }
    throw new CalcInputException("num_mlp_linears",
        "`num_mlp_linears` must be 2 (plain MLP) or 3 (gated: SwiGLU, GeGLU), got " + matrices);
  }
}
