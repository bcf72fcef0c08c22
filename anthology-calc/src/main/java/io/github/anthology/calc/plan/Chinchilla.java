package io.github.anthology.calc.plan;

import io.github.anthology.calc.CalcInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Hoffmann et al. 2022 ("Chinchilla") found that for a compute-optimal model parameters and
 * training tokens grow in equal proportion with compute; their fits come to about 20 tokens a
 * parameter. With C = 6·N·D (Kaplan et al. 2020) and D = r·N: N = √(C / 6r), D = r·N.
 */
public final class Chinchilla {
  /** Tokens per parameter at the compute-optimal frontier. */
  public static final double TOKENS_PER_PARAMETER = 20;

  private Chinchilla() {}

  /** The tokens to train a model of {@code parameters} on, and what that costs. */
  public static ComputePlan forParameters(long parameters, double ratio) {
    CalcInputException.positive("params", parameters);
    return plan("params", parameters, ratio);
  }

  /** The model that {@code tokens} tokens train compute-optimally. */
  public static ComputePlan forTokens(long tokens, double ratio) {
    CalcInputException.positive("tokens", tokens);
    checkRatio(ratio);
    return plan("tokens", Math.max(1, Math.round(tokens / ratio)), ratio);
  }

  /** The model size and tokens that a budget of {@code flops} FLOPs buys. */
  public static ComputePlan forFlops(BigInteger flops, double ratio) {
    if (flops.signum() <= 0) {
      throw new CalcInputException("flops", "`flops` must be positive, got " + flops);
    }
    checkRatio(ratio);
    BigDecimal n = new BigDecimal(flops).divide(BigDecimal.valueOf(6 * ratio), MathContext.DECIMAL128)
        .sqrt(MathContext.DECIMAL128);
    return plan("flops", Math.max(1, n.setScale(0, RoundingMode.HALF_EVEN).longValueExact()), ratio);
  }

  private static ComputePlan plan(String given, long parameters, double ratio) {
    checkRatio(ratio);
    long tokens = BigDecimal.valueOf(parameters).multiply(BigDecimal.valueOf(ratio))
        .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    return ImmutableComputePlan.builder()
        .givenAs(given)
        .tokensPerParameter(ratio)
        .parameters(parameters)
        .tokens(tokens)
        .flops(BigInteger.valueOf(6).multiply(BigInteger.valueOf(parameters)).multiply(BigInteger.valueOf(tokens)))
        .build();
  }

  private static void checkRatio(double ratio) {
    if (!(ratio > 0) || Double.isInfinite(ratio)) {
      throw new CalcInputException("tokens_per_param", "`tokens_per_param` must be a positive number, got " + ratio);
    }
  }
}
