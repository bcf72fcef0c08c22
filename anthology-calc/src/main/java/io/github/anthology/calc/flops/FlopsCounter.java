package io.github.anthology.calc.flops;

import io.github.anthology.calc.model.TransformerModel;
import io.github.anthology.calc.params.ParameterCounter;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the FLOPs of every matrix multiply, 2·m·k·n for an (m×k)(k×n) product (Kaplan et al.
 * 2020, Table 1; Hoffmann et al. 2022, Appendix F; Narayanan et al. 2021, §5.1). Per token and
 * block: the query/key/value projections, the attention scores and the weighted sum of values over
 * the full sequence (2·s·heads·head_dim each), the output projection, the MLP (or the routed
 * experts and the router); once per token, the output layer. Embedding lookups, norms, biases,
 * activations and softmax are not matrix multiplies and are left out. Training multiplies a
 * block's forward pass by 3 (the backward pass computes gradients for inputs and for weights),
 * by 4 with full recomputation; selective recomputation repeats only the attention core; the
 * output layer is never recomputed.
 */
public final class FlopsCounter {
  private FlopsCounter() {}

  public static FlopsEstimate count(FlopsRequest r) {
    TransformerModel m = r.model();
    long h = m.hiddenSize();
    long s = r.sequenceLength();
    long moeLayers = m.expertLayers();
    long denseLayers = m.layers() - moeLayers;
    long mlp = 2L * m.mlp().matrices() * h * m.intermediateSize();
    Map<String, Long> perToken = new LinkedHashMap<>();
    perToken.put("attention_qkv", m.layers() * 2 * h * (m.attentionWidth() + 2 * m.kvWidth()));
    perToken.put("attention_scores", m.layers() * 2 * s * m.attentionWidth());
    perToken.put("attention_values", m.layers() * 2 * s * m.attentionWidth());
    perToken.put("attention_output", m.layers() * 2 * m.attentionWidth() * h);
    perToken.put("mlp", denseLayers * mlp);
    perToken.put("experts", moeLayers * m.expertsPerToken() * mlp);
    perToken.put("router", moeLayers * 2 * h * m.experts());
    perToken.put("logits", 2 * h * m.vocabSize());

    BigInteger tokens = BigInteger.valueOf(r.tokens());
    Map<String, BigInteger> total = new LinkedHashMap<>();
    perToken.forEach((name, flops) -> total.put(name,
        BigInteger.valueOf(flops).multiply(BigInteger.valueOf(passes(name, r))).multiply(tokens)));
    long active = ParameterCounter.count(m).active();
    return ImmutableFlopsEstimate.builder()
        .request(r)
        .components(total)
        .forwardPerToken(perToken.values().stream().mapToLong(Long::longValue).sum())
        .approximation(BigInteger.valueOf(r.inference() ? 2 : 6).multiply(BigInteger.valueOf(active)).multiply(tokens))
        .build();
  }

  /** Forward passes' worth of work a component does: 1 for inference; 3 for training, plus recomputation. */
  static int passes(String component, FlopsRequest r) {
    if (r.inference()) {
      return 1;
    }
    boolean attentionCore = component.equals("attention_scores") || component.equals("attention_values");
    boolean recomputed = switch (r.recompute()) {
      case NONE -> false;
      case SELECTIVE -> attentionCore;
      case FULL -> !component.equals("logits");
    };
    return recomputed ? 4 : 3;
  }
}
