package io.github.anthology.calc.model;

/** The normalisation layers' kind, which decides their parameters. */
public enum Norm {
  /** LayerNorm (Ba et al. 2016): a gain and a bias per hidden unit. */
  LAYER_NORM(2),
  /** RMSNorm (Zhang and Sennrich 2019): a gain per hidden unit, no bias. */
  RMS_NORM(1);

  private final int vectors;

  Norm(int vectors) {
    this.vectors = vectors;
  }

  /** How many hidden-size vectors one normalisation layer holds. */
  public int vectors() {
    return vectors;
  }
}
