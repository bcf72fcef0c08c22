package io.github.anthology.calc.flops;

import static io.github.anthology.calc.CalcInputException.positive;

import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import org.immutables.value.Value;

/** What to count: a model run over {@code tokens} tokens in sequences of {@code sequenceLength}. */
@Value.Immutable
public interface FlopsRequest {
  TransformerModel model();

  /** Tokens processed (trained on, or read in one forward pass). */
  long tokens();

  /** The context each token attends over. */
  long sequenceLength();

  /** Forward only (inference prefill) instead of forward and backward. */
  @Value.Default
  default boolean inference() {
    return false;
  }

  /** What training recomputes; ignored for inference. */
  @Value.Default
  default Recompute recompute() {
    return Recompute.NONE;
  }

  @Value.Check
  default void check() {
    positive("tokens", tokens());
    positive("sequence_length", sequenceLength());
  }

  static ImmutableFlopsRequest.Builder builder() {
    return ImmutableFlopsRequest.builder();
  }
}
