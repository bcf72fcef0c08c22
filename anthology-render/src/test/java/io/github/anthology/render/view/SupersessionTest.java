package io.github.anthology.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.render.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupersessionTest {
  private final RegistryView view = Fixtures.view(Fixtures.STATUSES);
  private final Supersession supersession = Supersession.of(view);

  private Entry entry(String text) {
    return view.entries().stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void anAtticPapersRecommendationIsSupersededByThePaperItsAtticNames() {
    Chain chain = supersession.chainOf(entry("Use the old optimizer with warm restarts"));

    assertThat(chain.links()).containsExactly(
        new Link("New Optimizer (Later 2022)", Optional.empty(), Optional.of("2201.00002")));
    assertThat(chain.cycle()).isFalse();
  }

  @Test
  void aChainThatLeadsBackEndsAndIsFlaggedAsACycle() {
    Entry a = entry("Clip gradients at norm one");
    Entry b = entry("Clip gradients adaptively");

    Chain chain = supersession.chainOf(a);

    assertThat(chain.links()).containsExactly(new Link("MLR-2021-Circle002-0001", Optional.of(b.key()), Optional.of("2101.00004")));
    assertThat(chain.cycle()).isTrue();
  }

  @Test
  void aRecommendationNobodySupersededHasAnEmptyChain() {
    assertThat(supersession.chainOf(entry("Try the new optimizer on small models first")).isEmpty()).isTrue();
  }
}
