package io.github.anthology.calc.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.hf.HfConfigs;
import org.junit.jupiter.api.Test;

/** The breakdowns, worked out by hand from each model's shapes. */
class ParameterCounterTest {
  @Test
  void llama2sSevenBillionAreEmbeddingsAttentionMlpAndNorms() {
    ParameterCount p = ParameterCounter.count(HfConfigs.model("llama-2-7b"));
    assertThat(p.embedding()).isEqualTo(32000L * 4096);
    assertThat(p.unembedding()).isEqualTo(32000L * 4096);
    assertThat(p.positions()).isZero();
    assertThat(p.attention()).isEqualTo(32L * 4 * 4096 * 4096);
    assertThat(p.mlp()).isEqualTo(32L * 3 * 4096 * 11008);
    assertThat(p.norms()).isEqualTo((32L * 2 + 1) * 4096);
    assertThat(p.experts() + p.router()).isZero();
    assertThat(p.active()).isEqualTo(p.total());
  }

  @Test
  void gpt2CountsItsPositionsBiasesAndLayerNormBiasesAndTiesItsOutput() {
    ParameterCount p = ParameterCounter.count(HfConfigs.model("gpt2"));
    assertThat(p.unembedding()).isZero();
    assertThat(p.positions()).isEqualTo(1024L * 768);
    assertThat(p.attention()).isEqualTo(12L * (768 * 2304 + 2304 + 768 * 768 + 768));
    assertThat(p.mlp()).isEqualTo(12L * (768 * 3072 + 3072 + 3072 * 768 + 768));
    assertThat(p.norms()).isEqualTo(25L * 2 * 768);
  }

  @Test
  void mixtralRoutesEachTokenThroughTwoOfEightExperts() {
    ParameterCount p = ParameterCounter.count(HfConfigs.model("mixtral-8x7b-v0.1"));
    long expert = 3L * 4096 * 14336;
    assertThat(p.mlpPerBlock()).isEqualTo(expert);
    assertThat(p.experts()).isEqualTo(32L * 8 * expert);
    assertThat(p.router()).isEqualTo(32L * 4096 * 8);
    assertThat(p.mlp()).isZero();
    assertThat(p.active()).isEqualTo(p.total() - 32L * 6 * expert).isEqualTo(12_879_925_248L);
  }

  @Test
  void qwen2BiasesItsQueryKeyAndValueButNotItsOutput() {
    ParameterCount p = ParameterCounter.count(HfConfigs.model("qwen2.5-0.5b"));
    long q = 896L * 896 + 896;
    long kv = 896L * 128 + 128;
    assertThat(p.attention()).isEqualTo(24 * (q + 2 * kv + 896L * 896));
  }

  @Test
  void falcon7bHasOneSharedNormABlockAndOneKeyValueHead() {
    ParameterCount p = ParameterCounter.count(HfConfigs.model("falcon-7b"));
    assertThat(p.norms()).isEqualTo((32L + 1) * 2 * 4544);
    assertThat(p.attention()).isEqualTo(32L * (4544L * (4544 + 2 * 64) + 4544L * 4544));
  }

  @Test
  void theComponentsAddUpToTheTotal() {
    ParameterCount p = ParameterCounter.count(HfConfigs.model("gemma-2-2b"));
    assertThat(p.components().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(p.total());
    assertThat(p.components()).containsOnlyKeys(
        "embedding", "unembedding", "positions", "attention", "mlp", "experts", "router", "norms");
  }
}
