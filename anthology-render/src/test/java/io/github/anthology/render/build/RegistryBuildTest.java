package io.github.anthology.render.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.render.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryBuildTest {
  private static List<String> contents(List<Artifact> artifacts) {
    return artifacts.stream().map(a -> a.path() + "\n" + a.text()).toList();
  }

  @Test
  void aBuildNamesItsDocumentsAndSite() {
    assertThat(RegistryBuild.artifacts(Fixtures.load(Fixtures.EXAMPLE), Optional.empty()))
        .extracting(Artifact::path).containsExactly("REGISTRY.md", "TOPICS.md", "index.html");
  }

  @Test
  void buildingTheSameRegistryTwiceGivesTheSameText() {
    for (var path : List.of(Fixtures.REAL, Fixtures.EXAMPLE, Fixtures.STATUSES)) {
      assertThat(contents(RegistryBuild.artifacts(Fixtures.load(path), Optional.empty())))
          .isEqualTo(contents(RegistryBuild.artifacts(Fixtures.load(path), Optional.empty())));
    }
  }

  @Test
  void onlyTheGivenDateChangesBetweenBuilds() {
    var anthology = Fixtures.load(Fixtures.STATUSES);
    List<String> a = contents(RegistryBuild.artifacts(anthology, Optional.of(LocalDate.of(2026, 1, 1))));
    List<String> b = contents(RegistryBuild.artifacts(anthology, Optional.of(LocalDate.of(2026, 1, 2))));

    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).replace("2026-01-01", "2026-01-02")).isEqualTo(b.get(i));
    }
  }
}
