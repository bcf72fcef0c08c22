package io.github.anthology.calc.memory;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Bytes one device holds, by component in report order: weights, gradients, optimizer,
 * zero_buffers, activations, kv_cache, misc (a component that does not apply is 0).
 */
@Value.Immutable
public interface MemoryEstimate {
  MemoryRequest request();

  Map<String, Long> perDevice();

  /** The model's parameters one device holds before ZeRO shards them. */
  long parametersPerDevice();

  @Value.Derived
  default long perDeviceTotal() {
    return perDevice().values().stream().mapToLong(Long::longValue).sum();
  }
}
