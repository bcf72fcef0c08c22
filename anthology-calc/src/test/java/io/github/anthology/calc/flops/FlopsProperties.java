package io.github.anthology.calc.flops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Models;
import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class FlopsProperties {
  private static FlopsEstimate count(TransformerModel m, long tokens, long s, boolean inference, Recompute r) {
    return FlopsCounter.count(FlopsRequest.builder().model(m).tokens(tokens).sequenceLength(s)
        .inference(inference).recompute(r).build());
  }

  @Property
  void flopsGrowLinearlyWithTokens(@ForAll(supplier = Models.Any.class) TransformerModel m,
      @ForAll @LongRange(min = 1, max = 1_000_000) long tokens) {
    assertThat(count(m, tokens, 2048, false, Recompute.NONE).total())
        .isEqualTo(count(m, 1, 2048, false, Recompute.NONE).total().multiply(BigInteger.valueOf(tokens)));
  }

  @Property
  void recomputingCostsMoreNeverLess(@ForAll(supplier = Models.Any.class) TransformerModel m) {
    BigInteger none = count(m, 1, 2048, false, Recompute.NONE).total();
    BigInteger selective = count(m, 1, 2048, false, Recompute.SELECTIVE).total();
    BigInteger full = count(m, 1, 2048, false, Recompute.FULL).total();
    assertThat(none).isLessThan(selective);
    assertThat(selective).isLessThan(full);
  }

  /**
   * For a large dense model the exact count is within 20% of 6·N·D: below it by the embedding
   * table (no multiply), above it by the attention term 12·L·s·h, which stays under N/6 while the
   * context is at most the hidden size.
   */
  @Property
  void sixNdIsWithinTwentyPercentForLargeDenseModels(
      @ForAll @IntRange(min = 16, max = 64) int heads, @ForAll @IntRange(min = 24, max = 96) int layers,
      @ForAll @IntRange(min = 32_000, max = 64_000) int vocab, @ForAll boolean gated, @ForAll @IntRange(min = 9, max = 13) int logContext) {
    int hidden = heads * 128;
    TransformerModel m = TransformerModel.builder().hiddenSize(hidden).heads(heads).layers(layers).vocabSize(vocab)
        .mlp(gated ? Mlp.GATED : Mlp.PLAIN).intermediateSize(gated ? 8L * hidden / 3 : 4L * hidden).build();
    long context = Math.min(1L << logContext, hidden);
    double ratio = count(m, 1_000_000, context, false, Recompute.NONE).ratioToApproximation();
    assertThat(ratio).isBetween(0.8, 1.2);
  }
}
