package io.github.anthology.calc.flops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.hf.HfConfigs;
import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Matrix multiplies counted by hand for released shapes. */
class FlopsCounterTest {
  private static FlopsEstimate count(TransformerModel m, long tokens, long s, boolean inference, Recompute r) {
    return FlopsCounter.count(FlopsRequest.builder().model(m).tokens(tokens).sequenceLength(s)
        .inference(inference).recompute(r).build());
  }

  private static BigInteger big(long n) {
    return BigInteger.valueOf(n);
  }

  @Test
  void oneForwardTokenOfLlama2IsEveryMatrixMultiplyOnce() {
    FlopsEstimate f = count(HfConfigs.model("llama-2-7b"), 1, 4096, true, Recompute.NONE);
    long h = 4096;
    long perBlock = 2 * h * 3 * h + 2 * 4096 * h + 2 * 4096 * h + 2 * h * h + 2 * 3 * h * 11008;
    assertThat(f.forwardPerToken()).isEqualTo(32 * perBlock + 2 * h * 32000);
    assertThat(f.total()).isEqualTo(big(f.forwardPerToken()));
    assertThat(f.components().get("attention_scores")).isEqualTo(big(32L * 2 * 4096 * 4096));
  }

  @Test
  void groupedQueryAttentionProjectsFewerKeysAndValues() {
    FlopsEstimate f = count(HfConfigs.model("mistral-7b-v0.1"), 1, 1, true, Recompute.NONE);
    assertThat(f.components().get("attention_qkv")).isEqualTo(big(32L * 2 * 4096 * (4096 + 2 * 1024)));
  }

  @Test
  void mixtralPaysForTwoExpertsAndTheRouterPerToken() {
    FlopsEstimate f = count(HfConfigs.model("mixtral-8x7b-v0.1"), 1, 1, true, Recompute.NONE);
    assertThat(f.components().get("experts")).isEqualTo(big(32L * 2 * 2 * 3 * 4096 * 14336));
    assertThat(f.components().get("router")).isEqualTo(big(32L * 2 * 4096 * 8));
    assertThat(f.components().get("mlp")).isEqualTo(BigInteger.ZERO);
  }

  @Test
  void trainingIsThreeForwardPassesAndFullRecomputationAFourthExceptForTheOutputLayer() {
    TransformerModel m = HfConfigs.model("pythia-6.9b");
    FlopsEstimate forward = count(m, 2048, 2048, true, Recompute.NONE);
    FlopsEstimate train = count(m, 2048, 2048, false, Recompute.NONE);
    FlopsEstimate full = count(m, 2048, 2048, false, Recompute.FULL);
    assertThat(train.total()).isEqualTo(forward.total().multiply(big(3)));
    BigInteger logits = forward.components().get("logits");
    assertThat(full.total()).isEqualTo(forward.total().multiply(big(4)).subtract(logits));
  }

  @Test
  void selectiveRecomputationRepeatsOnlyTheAttentionCore() {
    TransformerModel m = HfConfigs.model("pythia-6.9b");
    FlopsEstimate none = count(m, 2048, 2048, false, Recompute.NONE);
    FlopsEstimate selective = count(m, 2048, 2048, false, Recompute.SELECTIVE);
    BigInteger core = big(32L * 2 * 2 * 2048 * 4096 * 2048);
    assertThat(selective.total().subtract(none.total())).isEqualTo(core);
  }

  @Test
  void theApproximationIsSixOrTwoTimesActiveParametersTimesTokens() {
    TransformerModel m = HfConfigs.model("mixtral-8x7b-v0.1");
    assertThat(count(m, 1000, 4096, false, Recompute.NONE).approximation())
        .isEqualTo(big(6L * 12_879_925_248L * 1000));
    assertThat(count(m, 1000, 4096, true, Recompute.NONE).approximation())
        .isEqualTo(big(2L * 12_879_925_248L * 1000));
  }

  @Test
  void trillionsOfTokensDoNotOverflow() {
    FlopsEstimate f = count(HfConfigs.model("llama-3-8b"), 15_000_000_000_000L, 8192, false, Recompute.NONE);
    assertThat(f.total()).isGreaterThan(big(Long.MAX_VALUE))
        .isEqualTo(big(f.forwardPerToken()).multiply(big(3)).multiply(big(15_000_000_000_000L)));
    // At an 8k context the attention term adds a fifth to 6·N·D for an 8B model.
    assertThat(f.ratioToApproximation()).isBetween(1.15, 1.25);
  }
}
