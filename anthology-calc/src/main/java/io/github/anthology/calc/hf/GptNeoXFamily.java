package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;

/**
 * GPT-NeoX and Pythia: rotary positions (on part of each head, which changes no count), LayerNorm
 * (two a block, also with the parallel residual), attention biases unless {@code attention_bias}
 * is false, MLP biases, untied embeddings unless {@code tie_word_embeddings}.
 */
final class GptNeoXFamily implements Family {
  @Override
  public TransformerModel read(HfConfig c) {
    boolean attentionBias = c.bool("attention_bias", true);
    return TransformerModel.builder()
        .hiddenSize(c.integer("hidden_size"))
        .layers(c.integer("num_hidden_layers"))
        .heads(c.integer("num_attention_heads"))
        .intermediateSize(c.integer("intermediate_size"))
        .mlp(Mlp.PLAIN)
        .vocabSize(c.integer("vocab_size"))
        .tiedEmbeddings(c.bool("tie_word_embeddings", false))
        .positions(Positions.ROTARY)
        .norm(Norm.LAYER_NORM)
        .qkvBias(attentionBias)
        .attentionOutputBias(attentionBias)
        .mlpBias(true)
        .parallelResidual(c.bool("use_parallel_residual", true))
        .build();
  }
}
