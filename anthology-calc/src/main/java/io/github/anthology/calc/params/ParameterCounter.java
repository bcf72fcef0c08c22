package io.github.anthology.calc.params;

import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;

/**
 * Counts a model's parameters matrix by matrix (the accounting of Kaplan et al. 2020, Table 1,
 * extended to grouped-query attention, gated MLPs, biases, RMSNorm and experts).
 */
public final class ParameterCounter {
  private ParameterCounter() {}

  public static ParameterCount count(TransformerModel m) {
    long h = m.hiddenSize();
    long embedding = m.vocabSize() * h;
    long attentionBlock = h * m.attentionWidth() * 2 + h * m.kvWidth() * 2
        + (m.qkvBias() ? m.attentionWidth() + 2 * m.kvWidth() : 0) + (m.attentionOutputBias() ? h : 0);
    long mlpBlock = mlpBlock(m);
    long moeLayers = m.expertLayers();
    long norm = (long) m.norm().vectors() * h;
    return ImmutableParameterCount.builder()
        .model(m)
        .embedding(embedding)
        .unembedding(m.tiedEmbeddings() ? 0 : embedding)
        .positions(m.positions() == Positions.LEARNED ? m.learnedPositions() * h : 0)
        .attention(m.layers() * attentionBlock)
        .mlp((m.layers() - moeLayers) * mlpBlock)
        .experts(moeLayers * m.experts() * mlpBlock)
        .router(moeLayers * h * m.experts())
        .norms(norm * ((long) m.layers() * m.normsPerLayer() + (m.finalNorm() ? 1 : 0)))
        .mlpPerBlock(mlpBlock)
        .build();
  }

  /** One MLP: its matrices, and with biases one per inner unit of each input-side matrix and one per output unit. */
  static long mlpBlock(TransformerModel m) {
    long h = m.hiddenSize();
    long f = m.intermediateSize();
    int matrices = m.mlp().matrices();
    long biases = m.mlpBias() ? (matrices - 1) * f + h : 0;
    return matrices * h * f + biases;
  }
}
