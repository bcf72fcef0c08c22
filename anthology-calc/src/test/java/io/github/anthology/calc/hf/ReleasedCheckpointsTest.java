package io.github.anthology.calc.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.params.ParameterCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parameter count read from each released model's {@code config.json} equals the count of
 * its checkpoint exactly. Where each expected figure is published:
 * <ul>
 *   <li>gpt2 124,439,808: the parameters of transformers' GPT2LMHeadModel (sum of numel). The
 *       Hub's safetensors total, 137,022,720, also holds 12 causal-mask buffers of 1024 × 1024.
 *   <li>llama-2-7b 6,738,415,616: model.safetensors.index.json, metadata.total_size 13,476,839,424
 *       bytes in fp16 = 2 × 6,738,415,616 + 8,192 (32 blocks' rotary inv_freq buffers, 64 fp32 values each).
 *   <li>llama-3-8b 8,030,261,248: the Hub's safetensors parameter total.
 *   <li>mistral-7b-v0.1 7,241,732,096: index total_size 14,483,464,192 bytes in bf16 (= 2 ×).
 *   <li>mixtral-8x7b-v0.1 46,702,792,704: index total_size 93,405,585,408 bytes in bf16 (= 2 ×).
 *   <li>qwen2.5-0.5b 494,032,768: the safetensors header (290 tensors, all bf16).
 *   <li>qwen2.5-7b 7,615,616,512: index total_size 15,231,233,024 bytes in bf16 (= 2 ×).
 *   <li>gemma-2b 2,506,172,416 and gemma-7b 8,537,680,896: the "params" of the Gemma presets
 *       published with KerasHub (keras-team/keras-hub), equal to the Hub checkpoints' totals.
 *   <li>gemma-2-2b 2,614,341,888: the Hub's safetensors bf16 parameter total.
 *   <li>pythia-160m 162,322,944 and pythia-6.9b 6,857,302,016: the Pythia model card's table of
 *       total parameters (Biderman et al. 2023).
 *   <li>gpt-neox-20b 20,554,567,680: the GPT-NeoX-20B model card (n_parameters).
 *   <li>opt-125m 125,239,296: the parameters of transformers' OPTForCausalLM (sum of numel).
 *   <li>falcon-7b 6,921,720,704: the Hub's safetensors total, 7,217,189,760, stores lm_head.weight
 *       beside the word embeddings it is tied to; less that copy (65,024 × 4,544 = 295,469,056).
 * </ul>
 */
class ReleasedCheckpointsTest {
  @ParameterizedTest(name = "{0} has {1} parameters")
  @CsvSource({
    "gpt2, 124439808",
    "llama-2-7b, 6738415616",
    "llama-3-8b, 8030261248",
    "mistral-7b-v0.1, 7241732096",
    "mixtral-8x7b-v0.1, 46702792704",
    "qwen2.5-0.5b, 494032768",
    "qwen2.5-7b, 7615616512",
    "gemma-2b, 2506172416",
    "gemma-7b, 8537680896",
    "gemma-2-2b, 2614341888",
    "pythia-160m, 162322944",
    "pythia-6.9b, 6857302016",
    "gpt-neox-20b, 20554567680",
    "opt-125m, 125239296",
    "falcon-7b, 6921720704",
  })
  void theCountFromTheConfigEqualsTheReleasedCheckpoint(String name, long published) {
    assertThat(ParameterCounter.count(HfConfigs.model(name)).total()).isEqualTo(published);
  }

  @ParameterizedTest(name = "{0}: {1} non-embedding parameters")
  @CsvSource({
    // The Pythia model card's "non-embedding params" column.
    "pythia-160m, 85056000",
    "pythia-6.9b, 6444163072",
  })
  void theNonEmbeddingCountEqualsTheModelCard(String name, long published) {
    assertThat(ParameterCounter.count(HfConfigs.model(name)).nonEmbedding()).isEqualTo(published);
  }
}
