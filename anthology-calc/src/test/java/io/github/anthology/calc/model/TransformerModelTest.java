package io.github.anthology.calc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.calc.CalcInputException;
import org.junit.jupiter.api.Test;

class TransformerModelTest {
  private static ImmutableTransformerModel.Builder base() {
    return TransformerModel.builder().hiddenSize(4096).layers(32).heads(32).vocabSize(32000);
  }

  private static void rejects(ImmutableTransformerModel.Builder builder, String field, String message) {
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(CalcInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(message);
    });
  }

  @Test
  void theDefaultsAreMultiHeadAttentionAndAFourfoldMlp() {
    TransformerModel m = base().build();
    assertThat(m.kvHeads()).isEqualTo(32);
    assertThat(m.headDim()).isEqualTo(128);
    assertThat(m.intermediateSize()).isEqualTo(16384);
    assertThat(m.expertLayers()).isZero();
  }

  @Test
  void negativeOrZeroSizesAreNamed() {
    rejects(base().layers(-1), "num_layers", "`num_layers` must be positive, got -1");
    rejects(base().vocabSize(0), "vocab_size", "must be positive");
    rejects(base().intermediateSize(-5), "intermediate_size", "must be positive");
  }

  @Test
  void headsThatDoNotDivideTheHiddenSizeAreNamed() {
    rejects(base().heads(48), "num_attention_heads", "`num_attention_heads` 48 does not divide `hidden_size` 4096");
  }

  @Test
  void anExplicitHeadSizeLiftsThatCondition() {
    assertThat(base().heads(48).headDim(64).build().attentionWidth()).isEqualTo(3072);
  }

  @Test
  void keyValueHeadsMustDivideTheQueryHeads() {
    rejects(base().kvHeads(5), "num_key_value_heads", "does not divide `num_attention_heads` 32");
  }

  @Test
  void learnedPositionsNeedATable() {
    rejects(base().positions(Positions.LEARNED), "max_position_embeddings", "must be positive");
    rejects(base().learnedPositions(1024), "max_position_embeddings", "needs learned positions");
  }

  @Test
  void aTokenCannotBeRoutedToMoreExpertsThanThereAre() {
    rejects(base().experts(8).expertsPerToken(9), "experts_per_token", "exceeds `num_experts` 8");
    rejects(base().experts(8).expertInterval(33), "expert_interval", "exceeds `num_layers` 32");
  }

  @Test
  void everyExpertIntervalthBlockHoldsExperts() {
    assertThat(base().experts(64).expertInterval(2).build().expertLayers()).isEqualTo(16);
    assertThat(base().experts(64).build().expertsPerToken()).isEqualTo(1);
  }

  @Test
  void aGatedMlpHasThreeMatricesAndOnlyTwoOrThreeAreKnown() {
    assertThat(Mlp.ofMatrices(3)).isEqualTo(Mlp.GATED);
    assertThatThrownBy(() -> Mlp.ofMatrices(4)).isInstanceOfSatisfying(CalcInputException.class,
        e -> assertThat(e.field()).isEqualTo("num_mlp_linears"));
  }
}
