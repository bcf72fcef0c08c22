package io.github.anthology.calc.memory;

import static io.github.anthology.calc.memory.Shares.ceilDiv;

import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import io.github.anthology.calc.params.ParameterCount;
import io.github.anthology.calc.params.ParameterCounter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sizes a device's memory. Model parallelism gives each device 1/(tp·pp) of the parameters, and
 * expert parallelism 1/ep of the experts on top (stages are taken as equal). Training keeps
 * weights, gradients and optimizer states for that share, each divided over the data-parallel
 * group by the ZeRO stage that shards it (Rajbhandari et al. 2020, §5: stage 1 the optimizer
 * states, 2 the gradients too, 3 the weights too; experts over the expert-data-parallel group
 * dp/ep); ZeRO's communication buffers when data parallelism is used; and activations. Serving
 * keeps the weights, the KV cache and one block's activations.
 */
public final class MemoryCalculator {
  private MemoryCalculator() {}

  public static MemoryEstimate estimate(MemoryRequest r) {
    ParameterCount params = ParameterCounter.count(r.model());
    Parallelism par = r.parallelism();
    long modelParallel = (long) par.tensor() * par.pipeline();
    long experts = ceilDiv(params.experts(), modelParallel * par.expert());
    long dense = ceilDiv(params.total() - params.experts(), modelParallel);
    Precision pr = r.precision();
    Map<String, Long> bytes = new LinkedHashMap<>();
    if (r.inference()) {
      bytes.put("weights", (dense + experts) * pr.valueBytes());
      bytes.put("gradients", 0L);
      bytes.put("optimizer", 0L);
      bytes.put("zero_buffers", 0L);
      bytes.put("activations", Activations.bytes(r, Recompute.SELECTIVE, 1));
      bytes.put("kv_cache", kvCache(r));
    } else {
      int dp = par.dataParallel();
      int stage = par.zeroStage();
      bytes.put("weights", sharded(dense, experts, dp, par.expert(), stage >= 3) * pr.valueBytes());
      bytes.put("gradients", sharded(dense, experts, dp, par.expert(), stage >= 2) * pr.gradientBytes());
      bytes.put("optimizer",
          sharded(dense, experts, dp, par.expert(), stage >= 1) * pr.optimizer().bytesPerParameter(pr.mixed()));
      long buffers = stage >= 1 && dp > 1 ? r.zeroBucketElements() : 0;
      buffers += stage == 3 && dp > 1 ? r.zero3LiveParameters() : 0;
      bytes.put("zero_buffers", buffers * pr.valueBytes());
      bytes.put("activations", Activations.bytes(r, r.recompute(), r.model().layers()));
      bytes.put("kv_cache", 0L);
    }
    bytes.put("misc", r.miscBytes());
    return ImmutableMemoryEstimate.builder()
        .request(r)
        .perDevice(bytes)
        .parametersPerDevice(dense + experts)
        .build();
  }

  /** Parameters a device keeps of its dense and expert shares once ZeRO (if {@code zero}) divides them. */
  private static long sharded(long dense, long experts, int dp, int ep, boolean zero) {
    return zero ? ceilDiv(dense, dp) + ceilDiv(experts, dp / ep) : dense + experts;
  }

  /**
   * Keys and values (the factor 2) of every cached token, prompt and output, for the blocks of a
   * pipeline stage and the key/value heads of a tensor-parallel rank; with fewer key/value heads
   * than ranks a head is replicated (Pope et al. 2022, §3.1; Ainslie et al. 2023).
   */
  static long kvCache(MemoryRequest r) {
    TransformerModel m = r.model();
    Parallelism par = r.parallelism();
    long blocks = ceilDiv(m.layers(), par.pipeline());
    long heads = ceilDiv(m.kvHeads(), par.tensor());
    long tokens = r.sequenceLength() + r.outputTokens();
    return 2L * r.precision().valueBytes() * blocks * heads * m.headDim() * tokens * r.microBatch();
  }
}
