package io.github.anthology.calc.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/** Generators of valid model descriptions for the property tests. */
public final class Models {
  private Models() {}

  /** Dense models of every shape: attention layouts, MLPs, positions, norms, biases. */
  public static final class Dense implements ArbitrarySupplier<TransformerModel> {
    @Override
    public Arbitrary<TransformerModel> get() {
      return dense();
    }
  }

  /** Dense models and mixtures of experts. */
  public static final class Any implements ArbitrarySupplier<TransformerModel> {
    @Override
    public Arbitrary<TransformerModel> get() {
      return Arbitraries.oneOf(dense(), moe());
    }
  }

  static Arbitrary<TransformerModel> dense() {
    Arbitrary<Integer> kvDivisor = Arbitraries.of(1, 2, 4, 8, 16);
    Arbitrary<Integer> headDim = Arbitraries.of(32, 64, 128);
    Arbitrary<Integer> heads = Arbitraries.of(16, 32, 64);
    Arbitrary<Integer> positionsAndFlags = Arbitraries.integers().between(0, 31);
    return Combinators.combine(heads, headDim, kvDivisor, Arbitraries.integers().between(1, 96),
        Arbitraries.longs().between(1000, 260_000), Arbitraries.of(Mlp.class), Arbitraries.of(Norm.class),
        positionsAndFlags).as((a, d, kv, layers, vocab, mlp, norm, bits) -> {
          Positions positions = Positions.values()[bits & 3];
          return TransformerModel.builder().hiddenSize(a * d).heads(a).kvHeads(a / kv).layers(layers).vocabSize(vocab)
              .intermediateSize(mlp == Mlp.GATED ? 8L * a * d / 3 : 4L * a * d).mlp(mlp).norm(norm)
              .positions(positions).learnedPositions(positions == Positions.LEARNED ? 2048 : 0)
              .tiedEmbeddings((bits & 4) != 0).qkvBias((bits & 8) != 0).attentionOutputBias((bits & 8) != 0)
              .mlpBias((bits & 16) != 0).build();
        });
  }

  static Arbitrary<TransformerModel> moe() {
    return Combinators.combine(dense(), Arbitraries.of(2, 8, 16, 64), Arbitraries.integers().between(1, 2),
        Arbitraries.integers().between(1, 4)).as((m, experts, interval, topK) ->
            ImmutableTransformerModel.builder().from(m).experts(experts).expertsPerToken(Math.min(topK, experts))
                .expertInterval(Math.min(interval, m.layers())).build());
  }
}
