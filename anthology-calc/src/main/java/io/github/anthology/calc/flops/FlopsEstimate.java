package io.github.anthology.calc.flops;

import java.math.BigInteger;
import java.util.Map;
import org.immutables.value.Value;

/**
 * FLOPs by component (each already multiplied by its passes and by the tokens), their total, and
 * the 6·N·D rule of thumb (2·N·D for inference) with N the active parameters, for comparison.
 */
@Value.Immutable
public interface FlopsEstimate {
  FlopsRequest request();

  /** Component name to FLOPs, in report order: attention_qkv, attention_scores, attention_values, attention_output, mlp, experts, router, logits. */
  Map<String, BigInteger> components();

  /** Forward-pass FLOPs of one token. */
  long forwardPerToken();

  /** 6·N·D for training, 2·N·D for inference. */
  BigInteger approximation();

  @Value.Derived
  default BigInteger total() {
    return components().values().stream().reduce(BigInteger.ZERO, BigInteger::add);
  }

  /** The exact total over the approximation. */
  default double ratioToApproximation() {
    return new java.math.BigDecimal(total())
        .divide(new java.math.BigDecimal(approximation()), java.math.MathContext.DECIMAL64).doubleValue();
  }
}
