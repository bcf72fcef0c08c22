package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;

/**
 * OPT: learned positions whose table has two rows more than {@code max_position_embeddings} (the
 * offset fairseq reserved for padding), LayerNorm, biases unless {@code enable_bias} is false, a
 * plain MLP of {@code ffn_dim}, tied embeddings, and a final norm only for pre-norm models.
 * Projected embeddings ({@code word_embed_proj_dim} other than {@code hidden_size}, OPT-350m) are
 * not described.
 */
final class OptFamily implements Family {
  /** Rows OPT's position table holds beyond the longest sequence. */
  static final int POSITION_OFFSET = 2;

  @Override
  public TransformerModel read(HfConfig c) {
    int hidden = c.integer("hidden_size");
    int projected = c.integerOr("word_embed_proj_dim", hidden);
    if (projected != hidden) {
      throw c.unsupported("word_embed_proj_dim", "embeddings projected from " + projected + " to " + hidden
          + " (project_in/project_out) are not described by these calculators");
    }
    boolean bias = c.bool("enable_bias", true);
    boolean affine = c.bool("layer_norm_elementwise_affine", true);
    boolean preNorm = c.bool("do_layer_norm_before", true);
    return TransformerModel.builder()
        .hiddenSize(hidden)
        .layers(c.integer("num_hidden_layers"))
        .heads(c.integer("num_attention_heads"))
        .intermediateSize(c.integer("ffn_dim"))
        .mlp(Mlp.PLAIN)
        .vocabSize(c.integer("vocab_size"))
        .tiedEmbeddings(c.bool("tie_word_embeddings", true))
        .positions(Positions.LEARNED)
        .learnedPositions((long) c.integer("max_position_embeddings") + POSITION_OFFSET)
        .norm(Norm.LAYER_NORM)
        .normsPerLayer(affine ? 2 : 0)
        .finalNorm(affine && preNorm && !c.bool("_remove_final_layer_norm", false))
        .qkvBias(bias)
        .attentionOutputBias(bias)
        .mlpBias(bias)
        .build();
  }
}
