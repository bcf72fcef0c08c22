package io.github.anthology.calc.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.model.Models;
import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MemoryProperties {
  private static long modelStates(MemoryEstimate m) {
    return m.perDevice().get("weights") + m.perDevice().get("gradients") + m.perDevice().get("optimizer");
  }

  private static MemoryEstimate train(TransformerModel m, int devices, int stage) {
    return MemoryCalculator.estimate(MemoryRequest.builder().model(m).sequenceLength(1024)
        .parallelism(Parallelism.builder().devices(devices).zeroStage(stage).build()).build());
  }

  @Property
  void zero3OverDevicesHoldsAtMostWhatZero0Holds(@ForAll(supplier = Models.Any.class) TransformerModel m,
      @ForAll @IntRange(min = 1, max = 1024) int devices) {
    assertThat(modelStates(train(m, devices, 3))).isLessThanOrEqualTo(modelStates(train(m, devices, 0)));
  }

  @Property
  void eachZeroStageHoldsAtMostWhatTheOneBeforeHolds(@ForAll(supplier = Models.Any.class) TransformerModel m,
      @ForAll @IntRange(min = 1, max = 1024) int devices, @ForAll @IntRange(min = 1, max = 3) int stage) {
    assertThat(modelStates(train(m, devices, stage))).isLessThanOrEqualTo(modelStates(train(m, devices, stage - 1)));
  }

  @Property
  void zero3SplitsTheModelStatesNearlyEvenly(@ForAll(supplier = Models.Dense.class) TransformerModel m,
      @ForAll @IntRange(min = 1, max = 1024) int devices) {
    long whole = modelStates(train(m, 1, 0));
    long share = modelStates(train(m, devices, 3));
    // Each device holds a whole share of parameters: at most one parameter (18 bytes) above the even split.
    assertThat(share * devices).isBetween(whole, whole + 18L * devices);
  }

  @Property
  void recomputingKeepsFewerActivations(@ForAll(supplier = Models.Any.class) TransformerModel m,
      @ForAll @IntRange(min = 1, max = 8) int logTensor, @ForAll boolean sequenceParallel) {
    int t = 1 << (logTensor % 4);
    Parallelism p = Parallelism.builder().devices(t).tensor(t).sequenceParallel(sequenceParallel).build();
    long none = activations(m, p, Recompute.NONE);
    long selective = activations(m, p, Recompute.SELECTIVE);
    long full = activations(m, p, Recompute.FULL);
    assertThat(full).isLessThan(selective);
    assertThat(selective).isLessThan(none);
  }

  private static long activations(TransformerModel m, Parallelism p, Recompute r) {
    return MemoryCalculator.estimate(MemoryRequest.builder().model(m).sequenceLength(2048).parallelism(p).recompute(r)
        .build()).perDevice().get("activations");
  }
}
