package io.github.anthology.calc.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;
import org.junit.jupiter.api.Test;

class HfConfigReaderTest {
  private static CalcInputException failure(String json) {
    try {
      HfConfigReader.read(json, "config.json");
    } catch (CalcInputException e) {
      return e;
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void llamaIsGatedRmsNormRotaryWithoutBiases() {
    TransformerModel m = HfConfigs.model("llama-2-7b");
    assertThat(m.mlp()).isEqualTo(Mlp.GATED);
    assertThat(m.norm()).isEqualTo(Norm.RMS_NORM);
    assertThat(m.positions()).isEqualTo(Positions.ROTARY);
    assertThat(m.qkvBias() || m.attentionOutputBias() || m.mlpBias()).isFalse();
    assertThat(m.intermediateSize()).isEqualTo(11008);
  }

  @Test
  void groupedQueryAndMultiQueryAttentionKeepTheirKeyValueHeads() {
    assertThat(HfConfigs.model("mistral-7b-v0.1").kvHeads()).isEqualTo(8);
    assertThat(HfConfigs.model("gemma-2b").kvHeads()).isEqualTo(1);
    assertThat(HfConfigs.model("falcon-7b").kvHeads()).isEqualTo(1);
  }

  @Test
  void gemmaSetsItsHeadSizeApartFromTheHiddenSize() {
    TransformerModel m = HfConfigs.model("gemma-7b");
    assertThat(m.headDim()).isEqualTo(256);
    assertThat(m.attentionWidth()).isEqualTo(4096).isNotEqualTo(m.hiddenSize());
    assertThat(m.tiedEmbeddings()).isTrue();
  }

  @Test
  void mixtralIsAMixtureOfEightExpertsTwoPerToken() {
    TransformerModel m = HfConfigs.model("mixtral-8x7b-v0.1");
    assertThat(m.experts()).isEqualTo(8);
    assertThat(m.expertsPerToken()).isEqualTo(2);
    assertThat(m.expertLayers()).isEqualTo(32);
  }

  @Test
  void gpt2AndOptLearnTheirPositionsAndOptKeepsTwoSpareRows() {
    assertThat(HfConfigs.model("gpt2").learnedPositions()).isEqualTo(1024);
    assertThat(HfConfigs.model("opt-125m").learnedPositions()).isEqualTo(2050);
  }

  @Test
  void anUnknownModelTypeIsNamedWithTheKnownOnes() {
    CalcInputException e = failure("{\"model_type\": \"bert\", \"hidden_size\": 768}");
    assertThat(e.field()).isEqualTo("model_type");
    assertThat(e.getMessage()).startsWith("config.json: model_type `bert` is not a family")
        .contains("llama").contains("gpt_neox").contains("falcon");
  }

  @Test
  void aMissingModelTypeIsNamed() {
    assertThat(failure("{\"hidden_size\": 768}").getMessage()).isEqualTo("config.json: field `model_type` is missing");
  }

  @Test
  void aMissingSizeIsNamed() {
    CalcInputException e = failure("{\"model_type\": \"llama\", \"hidden_size\": 4096, \"num_attention_heads\": 32,"
        + " \"intermediate_size\": 11008, \"vocab_size\": 32000}");
    assertThat(e.field()).isEqualTo("num_hidden_layers");
    assertThat(e.getMessage()).isEqualTo("config.json: field `num_hidden_layers` is missing");
  }

  @Test
  void gpt2sOtherSpellingIsNamedToo() {
    assertThat(failure("{\"model_type\": \"gpt2\", \"n_layer\": 12, \"n_head\": 12, \"vocab_size\": 50257}").getMessage())
        .isEqualTo("config.json: field `n_embd` is missing (nor is `hidden_size` there)");
  }

  @Test
  void aSizeThatIsNotAnIntegerIsNamed() {
    CalcInputException e = failure("{\"model_type\": \"gpt_neox\", \"hidden_size\": \"4096\"}");
    assertThat(e.getMessage()).isEqualTo("config.json: field `hidden_size` must be an integer, got \"4096\"");
  }

  @Test
  void headsThatDoNotDivideTheHiddenSizeAreNamedWithTheSource() {
    CalcInputException e = failure("{\"model_type\": \"gpt_neox\", \"hidden_size\": 1000, \"num_attention_heads\": 3,"
        + " \"num_hidden_layers\": 2, \"intermediate_size\": 4000, \"vocab_size\": 10}");
    assertThat(e.field()).isEqualTo("num_attention_heads");
    assertThat(e.getMessage()).startsWith("config.json: `num_attention_heads` 3 does not divide `hidden_size` 1000");
  }

  @Test
  void malformedJsonIsPlacedByLineAndColumn() {
    assertThat(failure("{\n  \"model_type\": \"llama\",\n  \"hidden_size\": ,\n}").getMessage())
        .startsWith("config.json:3:18: malformed JSON: ");
  }

  @Test
  void aConfigurationThatIsNotAnObjectIsRejected() {
    assertThat(failure("[1, 2]").getMessage()).isEqualTo("config.json: a model configuration is a JSON object");
  }

  @Test
  void optsProjectedEmbeddingsAreNamedAsNotDescribed() {
    CalcInputException e = failure("{\"model_type\": \"opt\", \"hidden_size\": 1024, \"word_embed_proj_dim\": 512}");
    assertThat(e.field()).isEqualTo("word_embed_proj_dim");
    assertThat(e.getMessage()).contains("not described");
  }

  @Test
  void falconsNewArchitectureReadsItsKeyValueHeadsAndTwoNorms() {
    TransformerModel m = HfConfigReader.read("{\"model_type\": \"falcon\", \"hidden_size\": 8192, \"num_attention_heads\": 128,"
        + " \"num_hidden_layers\": 60, \"num_kv_heads\": 8, \"new_decoder_architecture\": true, \"vocab_size\": 65024}", "c");
    assertThat(m.kvHeads()).isEqualTo(8);
    assertThat(m.normsPerLayer()).isEqualTo(2);
    assertThat(m.intermediateSize()).isEqualTo(4 * 8192);
  }
}
