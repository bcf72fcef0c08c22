package io.github.anthology.calc.memory;

import static io.github.anthology.calc.CalcInputException.positive;

import org.immutables.value.Value;

/** Bytes per value: low and high precision, gradients, and the optimizer. */
@Value.Immutable
public interface Precision {
  /** Weights, activations and KV cache are kept in low precision, with an fp32 master copy in the optimizer. */
  @Value.Default
  default boolean mixed() {
    return true;
  }

  /** Bytes of a low-precision value: 2 for fp16/bf16, 1 for fp8. */
  @Value.Default
  default int lowBytes() {
    return 2;
  }

  /** Bytes of a high-precision value: 4 for fp32. */
  @Value.Default
  default int highBytes() {
    return 4;
  }

  /** Bytes of a gradient element (frameworks often accumulate in fp32). */
  @Value.Default
  default int gradientBytes() {
    return 4;
  }

  @Value.Default
  default Optimizer optimizer() {
    return Optimizer.ADAMW;
  }

  /** Bytes of a weight, an activation or a cached key/value element. */
  default int valueBytes() {
    return mixed() ? lowBytes() : highBytes();
  }

  @Value.Check
  default void check() {
    positive("low_prec_bytes_per_val", lowBytes());
    positive("high_prec_bytes_per_val", highBytes());
    positive("bytes_per_grad_ele", gradientBytes());
  }

  static ImmutablePrecision.Builder builder() {
    return ImmutablePrecision.builder();
  }
}
