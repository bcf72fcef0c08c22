package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;

/**
 * Falcon (also under its first names RefinedWeb / RefinedWebModel): a plain MLP of
 * {@code ffn_hidden_size} (4 × hidden by default), LayerNorm, biases only with {@code bias},
 * rotary positions unless {@code alibi}, tied embeddings. Key/value heads: {@code num_kv_heads}
 * in the new decoder architecture (Falcon-40B), one with {@code multi_query} (Falcon-7B), else
 * as many as query heads (the old architecture's projection is then 3 × hidden whatever
 * {@code num_kv_heads} says). Norms a block: two in the new architecture (unless
 * {@code num_ln_in_parallel_attn} is 1), one shared when attention and MLP run in parallel, else two.
 */
final class FalconFamily implements Family {
  @Override
  public TransformerModel read(HfConfig c) {
    int hidden = c.integer("hidden_size");
    int heads = c.integer("num_attention_heads", "n_head");
    boolean newArchitecture = c.bool("new_decoder_architecture", false);
    boolean parallel = c.bool("parallel_attn", true);
    int kvHeads;
    int norms;
    if (newArchitecture) {
      kvHeads = c.integerOr("num_kv_heads", heads);
      norms = c.integerOr("num_ln_in_parallel_attn", 2);
    } else {
      kvHeads = c.bool("multi_query", true) ? 1 : heads;
      norms = parallel ? 1 : 2;
    }
    boolean bias = c.bool("bias", false);
    return TransformerModel.builder()
        .hiddenSize(hidden)
        .layers(c.integer("num_hidden_layers", "n_layer"))
        .heads(heads)
        .kvHeads(kvHeads)
        .intermediateSize(c.optionalInteger("ffn_hidden_size").orElse(4 * hidden))
        .mlp(Mlp.PLAIN)
        .vocabSize(c.integer("vocab_size"))
        .tiedEmbeddings(c.bool("tie_word_embeddings", true))
        .positions(c.bool("alibi", false) ? Positions.ALIBI : Positions.ROTARY)
        .norm(Norm.LAYER_NORM)
        .normsPerLayer(norms)
        .qkvBias(bias)
        .attentionOutputBias(bias)
        .mlpBias(bias)
        .parallelResidual(parallel)
        .build();
  }
}
