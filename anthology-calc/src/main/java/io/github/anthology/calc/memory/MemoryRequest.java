package io.github.anthology.calc.memory;

import static io.github.anthology.calc.CalcInputException.notNegative;
import static io.github.anthology.calc.CalcInputException.positive;

import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import org.immutables.value.Value;

/** A training or serving set-up to size: the model, how it is split, precisions, batch and sequence. */
@Value.Immutable
public interface MemoryRequest {
  TransformerModel model();

  @Value.Default
  default Parallelism parallelism() {
    return Parallelism.builder().build();
  }

  @Value.Default
  default Precision precision() {
    return Precision.builder().build();
  }

  /** Sequences a device holds at once (the micro-batch). */
  @Value.Default
  default long microBatch() {
    return 1;
  }

  long sequenceLength();

  /** Serving instead of training: no gradients or optimizer, a KV cache instead. */
  @Value.Default
  default boolean inference() {
    return false;
  }

  /** Tokens generated after the prompt, which the KV cache also holds (inference only). */
  @Value.Default
  default long outputTokens() {
    return 0;
  }

  @Value.Default
  default Recompute recompute() {
    return Recompute.NONE;
  }

  /** Elements in ZeRO's all-gather bucket (DeepSpeed's {@code allgather_bucket_size}, default 5e8). */
  @Value.Default
  default long zeroBucketElements() {
    return 500_000_000L;
  }

  /** Parameters ZeRO-3 keeps gathered at once (DeepSpeed's {@code stage3_max_live_parameters}, default 1e9). */
  @Value.Default
  default long zero3LiveParameters() {
    return 1_000_000_000L;
  }

  /** Memory a framework takes beyond the model (CUDA context, communication libraries). */
  @Value.Default
  default long miscBytes() {
    return 0;
  }

  @Value.Check
  default void check() {
    positive("batch_size_per_gpu", microBatch());
    positive("sequence_length", sequenceLength());
    notNegative("output_tokens", outputTokens());
    notNegative("zero_allgather_bucket_size", zeroBucketElements());
    notNegative("zero3_max_live_params", zero3LiveParameters());
    notNegative("misc_mem", miscBytes());
  }

  static ImmutableMemoryRequest.Builder builder() {
    return ImmutableMemoryRequest.builder();
  }
}
