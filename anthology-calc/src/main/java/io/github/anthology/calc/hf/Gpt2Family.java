package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;

/**
 * GPT-2 ({@code n_embd}, {@code n_layer}, {@code n_head}, {@code n_inner}): learned positions,
 * LayerNorm, biases everywhere, a plain MLP of 4 × hidden unless {@code n_inner} says otherwise,
 * and an output layer tied to the token embedding.
 */
final class Gpt2Family implements Family {
  @Override
  public TransformerModel read(HfConfig c) {
    int hidden = c.integer("n_embd", "hidden_size");
    return TransformerModel.builder()
        .hiddenSize(hidden)
        .layers(c.integer("n_layer", "num_hidden_layers"))
        .heads(c.integer("n_head", "num_attention_heads"))
        .intermediateSize(c.optionalInteger("n_inner").orElse(4 * hidden))
        .mlp(Mlp.PLAIN)
        .vocabSize(c.integer("vocab_size"))
        .tiedEmbeddings(c.bool("tie_word_embeddings", true))
        .positions(Positions.LEARNED)
        .learnedPositions(c.integer("n_positions", "max_position_embeddings"))
        .norm(Norm.LAYER_NORM)
        .qkvBias(true)
        .attentionOutputBias(true)
        .mlpBias(true)
        .build();
  }
}
