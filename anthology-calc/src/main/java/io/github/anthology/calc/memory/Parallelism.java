package io.github.anthology.calc.memory;

import static io.github.anthology.calc.CalcInputException.positive;

import io.github.anthology.calc.CalcInputException;
import org.immutables.value.Value;

/**
 * How devices share the work: tensor (Shoeybi et al. 2019), pipeline (Narayanan et al. 2021),
 * expert (Lepikhin et al. 2020) and data parallelism, ZeRO stage (Rajbhandari et al. 2020) over
 * the data-parallel group, and sequence parallelism (Korthikanti et al. 2022) beside tensor
 * parallelism. Data parallelism is what is left: devices / (tensor × pipeline).
 */
@Value.Immutable
public interface Parallelism {
  @Value.Default
  default int devices() {
    return 1;
  }

  @Value.Default
  default int tensor() {
    return 1;
  }

  @Value.Default
  default int pipeline() {
    return 1;
  }

  /** Ways the experts are split; taken out of the data-parallel group. */
  @Value.Default
  default int expert() {
    return 1;
  }

  /** 0 none, 1 optimizer states, 2 and gradients, 3 and weights, sharded over data parallelism. */
  @Value.Default
  default int zeroStage() {
    return 0;
  }

  /** Activations split over the tensor-parallel group too (sequence parallelism, or DeepSpeed's partitioned activations). */
  @Value.Default
  default boolean sequenceParallel() {
    return false;
  }

  default int dataParallel() {
    return devices() / (tensor() * pipeline());
  }

  @Value.Check
  default void check() {
    positive("num_gpus", devices());
    positive("tensor_parallel_size", tensor());
    positive("pipeline_parallel_size", pipeline());
    positive("expert_parallelism", expert());
    if (zeroStage() < 0 || zeroStage() > 3) {
      throw new CalcInputException("zero_stage", "`zero_stage` must be 0, 1, 2 or 3, got " + zeroStage());
    }
    if (devices() % (tensor() * pipeline()) != 0) {
      throw new CalcInputException("num_gpus", "`num_gpus` " + devices() + " is not a multiple of"
          + " tensor × pipeline parallelism " + tensor() + " × " + pipeline());
    }
    if (dataParallel() % expert() != 0) {
      throw new CalcInputException("expert_parallelism", "`expert_parallelism` " + expert()
          + " does not divide the data-parallel size " + dataParallel());
    }
  }

  static ImmutableParallelism.Builder builder() {
    return ImmutableParallelism.builder();
  }
}
