package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;

/**
 * The Llama lineage: gated MLP (SwiGLU, GeGLU), RMSNorm, rotary positions, no biases unless
 * {@code attention_bias} / {@code mlp_bias} say so. Mistral and Mixtral share its fields (Mixtral
 * adds {@code num_local_experts} and {@code num_experts_per_tok}); Qwen2 adds biases to the query,
 * key and value projections; Gemma ties its embeddings by default and sets {@code head_dim};
 * Gemma 2 also normalises after attention and after the MLP (four norms a block).
 */
enum LlamaFamily implements Family {
  LLAMA(false, false, 2),
  QWEN2(true, false, 2),
  GEMMA(false, true, 2),
  GEMMA2(false, true, 4);

  private final boolean qkvBias;
  private final boolean tiedByDefault;
  private final int norms;

  LlamaFamily(boolean qkvBias, boolean tiedByDefault, int norms) {
    this.qkvBias = qkvBias;
    this.tiedByDefault = tiedByDefault;
    this.norms = norms;
  }

  @Override
  public TransformerModel read(HfConfig c) {
    int heads = c.integer("num_attention_heads");
    boolean attentionBias = c.bool("attention_bias", false);
    var model = TransformerModel.builder()
        .hiddenSize(c.integer("hidden_size"))
        .layers(c.integer("num_hidden_layers"))
        .heads(heads)
        .kvHeads(c.integerOr("num_key_value_heads", heads))
        .intermediateSize(c.integer("intermediate_size"))
        .mlp(Mlp.GATED)
        .vocabSize(c.integer("vocab_size"))
        .tiedEmbeddings(c.bool("tie_word_embeddings", tiedByDefault))
        .positions(Positions.ROTARY)
        .norm(Norm.RMS_NORM)
        .normsPerLayer(norms)
        .qkvBias(qkvBias || attentionBias)
        .attentionOutputBias(attentionBias)
        .mlpBias(c.bool("mlp_bias", false));
    c.optionalInteger("head_dim").ifPresent(model::headDim);
    int experts = c.integerOr("num_local_experts", 0);
    if (experts > 0) {
      model.experts(experts).expertsPerToken(c.integer("num_experts_per_tok"));
    }
    return model.build();
  }
}
