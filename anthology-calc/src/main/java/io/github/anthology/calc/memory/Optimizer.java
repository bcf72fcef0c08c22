package io.github.anthology.calc.memory;

/**
 * Optimizer state bytes per parameter. With mixed precision the optimizer also keeps a 4-byte
 * master copy of every weight (Rajbhandari et al. 2020, §3.1: 12 bytes for Adam); in full fp32
 * the weights are already that copy, so only the states remain.
 */
public enum Optimizer {
  /** Adam or AdamW: momentum and variance, 4 bytes each. */
  ADAMW(8),
  /** SGD with momentum: the momentum. */
  SGD_MOMENTUM(4),
  /** Muon: the momentum (its orthogonalisation keeps no state). */
  MUON(4);

  private final int stateBytes;

  Optimizer(int stateBytes) {
    this.stateBytes = stateBytes;
  }

  /** Bytes per parameter the optimizer holds. */
  public int bytesPerParameter(boolean mixedPrecision) {
    return stateBytes + (mixedPrecision ? 4 : 0);
  }
}
