package io.github.anthology.calc.model;

import static io.github.anthology.calc.CalcInputException.notNegative;
import static io.github.anthology.calc.CalcInputException.positive;

import io.github.anthology.calc.CalcInputException;
import org.immutables.value.Value;

/**
 * A decoder-only transformer as the calculators see it: sizes, attention layout (MHA, GQA, MQA),
 * the MLP's shape, embeddings, positions, normalisation, biases and experts. Defaults follow the
 * common case (key/value heads = heads, head size = hidden / heads, intermediate = 4 × hidden,
 * two norms a layer and one at the end, untied embeddings, a dense model). Each check names the
 * offending input in the Hugging Face spelling.
 */
@Value.Immutable
public interface TransformerModel {
  /** {@code hidden_size}: the width of the residual stream. */
  int hiddenSize();

  /** {@code num_layers}: transformer blocks. */
  int layers();

  /** {@code num_attention_heads}: query heads. */
  int heads();

  /** {@code num_key_value_heads}: heads = MHA, fewer = GQA, one = MQA. */
  @Value.Default
  default int kvHeads() {
    return heads();
  }

  /** {@code head_dim}: the width of one head; hidden / heads unless a model says otherwise (Gemma). */
  @Value.Default
  default int headDim() {
    positive("hidden_size", hiddenSize());
    positive("num_attention_heads", heads());
    if (hiddenSize() % heads() != 0) {
      throw new CalcInputException("num_attention_heads", "`num_attention_heads` " + heads()
          + " does not divide `hidden_size` " + hiddenSize() + "; give `head_dim` to say how wide a head is");
    }
    return hiddenSize() / heads();
  }

  /** {@code intermediate_size}: the MLP's inner width (per expert in a mixture of experts). */
  @Value.Default
  default long intermediateSize() {
    return 4L * hiddenSize();
  }

  @Value.Default
  default Mlp mlp() {
    return Mlp.PLAIN;
  }

  /** {@code vocab_size}: rows of the token embedding (and of the output layer). */
  long vocabSize();

  /** {@code tie_word_embeddings}: the output layer reuses the token embedding. */
  @Value.Default
  default boolean tiedEmbeddings() {
    return false;
  }

  @Value.Default
  default Positions positions() {
    return Positions.ROTARY;
  }

  /** Rows of the learned position table (only with {@link Positions#LEARNED}). */
  @Value.Default
  default long learnedPositions() {
    return 0;
  }

  @Value.Default
  default Norm norm() {
    return Norm.LAYER_NORM;
  }

  /** Normalisation layers in each block: 2 before attention and MLP, 1 when they share one (Falcon-7B), 4 in Gemma 2. */
  @Value.Default
  default int normsPerLayer() {
    return 2;
  }

  /** A normalisation layer after the last block. */
  @Value.Default
  default boolean finalNorm() {
    return true;
  }

  /** Biases on the query, key and value projections. */
  @Value.Default
  default boolean qkvBias() {
    return false;
  }

  /** A bias on the attention output projection. */
  @Value.Default
  default boolean attentionOutputBias() {
    return false;
  }

  /** Biases on the MLP's matrices. */
  @Value.Default
  default boolean mlpBias() {
    return false;
  }

  /** Attention and MLP read the same input and add to the residual together (GPT-J, GPT-NeoX, Falcon); it changes no count. */
  @Value.Default
  default boolean parallelResidual() {
    return false;
  }

  /** {@code num_experts}: MLP experts of a mixture-of-experts layer; 0 for a dense model. */
  @Value.Default
  default int experts() {
    return 0;
  }

  /** {@code experts_per_token}: experts each token is routed to (top-k); read only when there are experts. */
  @Value.Default
  default int expertsPerToken() {
    return 1;
  }

  /** {@code expert_interval}: every this-many-th block is a mixture-of-experts block (1 = all). */
  @Value.Default
  default int expertInterval() {
    return 1;
  }

  /** Blocks whose MLP is a mixture of experts. */
  default int expertLayers() {
    return experts() == 0 ? 0 : layers() / expertInterval();
  }

  /** The query heads' total width (= hidden size unless the head size is set apart from it). */
  default long attentionWidth() {
    return (long) heads() * headDim();
  }

  /** The key (or value) heads' total width. */
  default long kvWidth() {
    return (long) kvHeads() * headDim();
  }

  @Value.Check
  default void check() {
    positive("hidden_size", hiddenSize());
    positive("num_layers", layers());
    positive("num_attention_heads", heads());
    positive("num_key_value_heads", kvHeads());
    positive("head_dim", headDim());
    positive("intermediate_size", intermediateSize());
    positive("vocab_size", vocabSize());
    notNegative("norms_per_layer", normsPerLayer());
    notNegative("num_experts", experts());
    if (heads() % kvHeads() != 0) {
      throw new CalcInputException("num_key_value_heads", "`num_key_value_heads` " + kvHeads()
          + " does not divide `num_attention_heads` " + heads());
    }
    if (positions() == Positions.LEARNED) {
      positive("max_position_embeddings", learnedPositions());
    } else if (learnedPositions() != 0) {
      throw new CalcInputException("max_position_embeddings",
          "a learned position table needs learned positions, not " + positions());
    }
    if (experts() > 0) {
      positive("expert_interval", expertInterval());
      positive("experts_per_token", expertsPerToken());
      if (expertsPerToken() > experts()) {
        throw new CalcInputException("experts_per_token", "`experts_per_token` " + expertsPerToken()
            + " exceeds `num_experts` " + experts() + ": a token cannot be routed to more experts than there are");
      }
      if (expertInterval() > layers()) {
        throw new CalcInputException("expert_interval", "`expert_interval` " + expertInterval()
            + " exceeds `num_layers` " + layers() + ": no block would hold experts");
      }
    }
  }

  static ImmutableTransformerModel.Builder builder() {
    return ImmutableTransformerModel.builder();
  }
}
