package io.github.anthology.calc.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.hf.HfConfigs;
import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import org.junit.jupiter.api.Test;

class MemoryCalculatorTest {
  private static final TransformerModel LLAMA2 = HfConfigs.model("llama-2-7b");
  private static final long LLAMA2_PARAMS = 6_738_415_616L;

  private static MemoryEstimate estimate(ImmutableMemoryRequest.Builder r) {
    return MemoryCalculator.estimate(r.build());
  }

  @Test
  void servingLlama2KeepsHalfAMebibyteOfKeysAndValuesPerToken() {
    MemoryEstimate m = estimate(MemoryRequest.builder().model(LLAMA2).inference(true).sequenceLength(4095).outputTokens(1));
    // 2 (K and V) × 2 bytes × 32 layers × 32 heads × 128 = 524,288 bytes a token.
    assertThat(m.perDevice().get("kv_cache")).isEqualTo(524_288L * 4096);
    assertThat(m.perDevice().get("weights")).isEqualTo(2 * LLAMA2_PARAMS);
    assertThat(m.perDevice().get("gradients") + m.perDevice().get("optimizer")).isZero();
  }

  @Test
  void groupedQueryAttentionShrinksTheCacheAndTensorParallelismSplitsIt() {
    TransformerModel mistral = HfConfigs.model("mistral-7b-v0.1");
    long one = estimate(MemoryRequest.builder().model(mistral).inference(true).sequenceLength(1)).perDevice().get("kv_cache");
    assertThat(one).isEqualTo(2L * 2 * 32 * 8 * 128);
    Parallelism tp4 = Parallelism.builder().devices(4).tensor(4).build();
    assertThat(estimate(MemoryRequest.builder().model(mistral).inference(true).sequenceLength(1).parallelism(tp4))
        .perDevice().get("kv_cache")).isEqualTo(one / 4);
    Parallelism tp16 = Parallelism.builder().devices(16).tensor(16).build();
    assertThat(estimate(MemoryRequest.builder().model(mistral).inference(true).sequenceLength(1).parallelism(tp16))
        .perDevice().get("kv_cache")).as("8 key/value heads on 16 ranks: one head each, replicated").isEqualTo(one / 8);
  }

  @Test
  void mixedPrecisionAdamTrainingTakesSixteenBytesAParameterOnOneDevice() {
    MemoryEstimate m = estimate(MemoryRequest.builder().model(LLAMA2).sequenceLength(4096).recompute(Recompute.FULL));
    assertThat(m.perDevice().get("weights")).isEqualTo(2 * LLAMA2_PARAMS);
    assertThat(m.perDevice().get("gradients")).isEqualTo(4 * LLAMA2_PARAMS);
    assertThat(m.perDevice().get("optimizer")).isEqualTo(12 * LLAMA2_PARAMS);
    assertThat(m.perDevice().get("zero_buffers")).isZero();
    // Full recomputation keeps each block's 2-byte input: s·b·h·2 × 32 blocks.
    assertThat(m.perDevice().get("activations")).isEqualTo(4096L * 4096 * 2 * 32);
  }

  @Test
  void zeroStagesShardOptimizerThenGradientsThenWeightsOverDataParallelism() {
    long[] perStage = new long[4];
    for (int stage = 0; stage < 4; stage++) {
      Parallelism p = Parallelism.builder().devices(64).tensor(2).pipeline(2).zeroStage(stage).build();
      MemoryEstimate m = estimate(MemoryRequest.builder().model(LLAMA2).sequenceLength(4096).parallelism(p));
      long shard = LLAMA2_PARAMS / 4;
      assertThat(m.parametersPerDevice()).isEqualTo(shard);
      assertThat(m.perDevice().get("optimizer")).isEqualTo(12 * (stage >= 1 ? (shard + 15) / 16 : shard));
      assertThat(m.perDevice().get("gradients")).isEqualTo(4 * (stage >= 2 ? (shard + 15) / 16 : shard));
      assertThat(m.perDevice().get("weights")).isEqualTo(2 * (stage >= 3 ? (shard + 15) / 16 : shard));
      perStage[stage] = m.perDeviceTotal();
    }
    assertThat(perStage[1]).isLessThan(perStage[0]);
    assertThat(perStage[2]).isLessThan(perStage[1]);
  }

  @Test
  void activationsFollowKorthikantiWithAndWithoutSequenceParallelism() {
    TransformerModel gpt3ish = TransformerModel.builder().hiddenSize(12288).heads(96).layers(96).vocabSize(51200).build();
    long s = 2048;
    long sbh = s * 12288;
    long attention = 5L * 96 * s * s;
    Parallelism tp8 = Parallelism.builder().devices(8).tensor(8).build();
    Parallelism sp8 = Parallelism.builder().devices(8).tensor(8).sequenceParallel(true).build();
    assertThat(estimate(MemoryRequest.builder().model(gpt3ish).sequenceLength(s)).perDevice().get("activations"))
        .isEqualTo(96 * (34 * sbh + attention));
    assertThat(estimate(MemoryRequest.builder().model(gpt3ish).sequenceLength(s).parallelism(tp8)).perDevice().get("activations"))
        .isEqualTo(96 * (10 * sbh + (24 * sbh + attention) / 8));
    assertThat(estimate(MemoryRequest.builder().model(gpt3ish).sequenceLength(s).parallelism(sp8)
        .recompute(Recompute.SELECTIVE)).perDevice().get("activations")).isEqualTo(96 * 34 * sbh / 8);
  }

  @Test
  void expertsAreSplitByExpertParallelism() {
    TransformerModel mixtral = HfConfigs.model("mixtral-8x7b-v0.1");
    Parallelism ep8 = Parallelism.builder().devices(8).expert(8).build();
    MemoryEstimate m = estimate(MemoryRequest.builder().model(mixtral).inference(true).sequenceLength(1).parallelism(ep8));
    long expertParams = 32L * 8 * 3 * 4096 * 14336;
    assertThat(m.parametersPerDevice()).isEqualTo(46_702_792_704L - expertParams + expertParams / 8);
  }

  @Test
  void badParallelismIsNamed() {
    assertThatThrownBy(() -> Parallelism.builder().zeroStage(4).build())
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("zero_stage"));
    assertThatThrownBy(() -> Parallelism.builder().devices(6).tensor(4).build())
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("num_gpus"));
    assertThatThrownBy(() -> Parallelism.builder().devices(8).expert(3).build())
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("expert_parallelism"));
    assertThatThrownBy(() -> MemoryRequest.builder().model(LLAMA2).sequenceLength(-1).build())
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("sequence_length"));
  }

  @Test
  void fullFp32TrainingKeepsNoSeparateMasterCopy() {
    Precision fp32 = Precision.builder().mixed(false).build();
    MemoryEstimate m = estimate(MemoryRequest.builder().model(LLAMA2).sequenceLength(16).precision(fp32));
    assertThat(m.perDevice().get("weights")).isEqualTo(4 * LLAMA2_PARAMS);
    assertThat(m.perDevice().get("optimizer")).isEqualTo(8 * LLAMA2_PARAMS);
  }
}
