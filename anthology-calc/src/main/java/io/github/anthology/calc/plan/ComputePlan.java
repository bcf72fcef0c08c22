package io.github.anthology.calc.plan;

import java.math.BigInteger;
import org.immutables.value.Value;

/** A compute-optimal pairing of model size and training tokens, and the training FLOPs (6·N·D) it takes. */
@Value.Immutable
public interface ComputePlan {
  /** What the plan was made from: {@code params}, {@code tokens} or {@code flops}. */
  String givenAs();

  double tokensPerParameter();

  long parameters();

  long tokens();

  BigInteger flops();
}
