package io.github.anthology.calc.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.calc.model.ImmutableTransformerModel;
import io.github.anthology.calc.model.Models;
import io.github.anthology.calc.model.TransformerModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ParameterProperties {
  private static long total(TransformerModel m) {
    return ParameterCounter.count(m).total();
  }

  @Property
  void anotherBlockAlwaysAddsParameters(@ForAll(supplier = Models.Any.class) TransformerModel m) {
    TransformerModel deeper = ImmutableTransformerModel.copyOf(m).withLayers(m.layers() + 1);
    assertThat(total(deeper)).isGreaterThan(total(m));
  }

  @Property
  void aBlockAddsTheSameWhereverTheModelIsDense(@ForAll(supplier = Models.Dense.class) TransformerModel m,
      @ForAll @IntRange(min = 1, max = 8) int more) {
    long perBlock = total(ImmutableTransformerModel.copyOf(m).withLayers(m.layers() + 1)) - total(m);
    assertThat(total(ImmutableTransformerModel.copyOf(m).withLayers(m.layers() + more)) - total(m))
        .isEqualTo(more * perBlock);
  }

  @Property
  void tyingTheOutputToTheEmbeddingSavesExactlyOneTable(@ForAll(supplier = Models.Any.class) TransformerModel m) {
    ImmutableTransformerModel base = ImmutableTransformerModel.copyOf(m);
    assertThat(total(base.withTiedEmbeddings(false)) - total(base.withTiedEmbeddings(true)))
        .isEqualTo(m.vocabSize() * m.hiddenSize());
  }

  @Property
  void fewerKeyValueHeadsNeverAddParameters(@ForAll(supplier = Models.Dense.class) TransformerModel m) {
    ImmutableTransformerModel base = ImmutableTransformerModel.copyOf(m);
    assertThat(total(base.withKvHeads(1))).isLessThanOrEqualTo(total(base.withKvHeads(m.heads())));
  }

  @Property
  void theActiveParametersAreAtMostTheTotalAndEqualItWhenEveryExpertIsUsed(
      @ForAll(supplier = Models.Any.class) TransformerModel m) {
    ParameterCount p = ParameterCounter.count(m);
    assertThat(p.active()).isBetween(p.nonEmbedding() - p.experts(), p.total());
    if (m.expertsPerToken() == m.experts()) {
      assertThat(p.active()).isEqualTo(p.total());
    }
  }

  @Property
  void oneExpertRoutedToAlwaysIsTheDenseModelPlusItsRouter(@ForAll(supplier = Models.Dense.class) TransformerModel m) {
    TransformerModel moe = ImmutableTransformerModel.builder().from(m).experts(1).expertsPerToken(1).expertInterval(1).build();
    assertThat(total(moe) - total(m)).isEqualTo((long) m.layers() * m.hiddenSize());
  }
}
