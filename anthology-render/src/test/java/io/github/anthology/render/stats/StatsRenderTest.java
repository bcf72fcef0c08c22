package io.github.anthology.render.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.stats.RegistryStatistics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsRenderTest {
  private static RegistryStatistics reference() throws Exception {
    return RegistryStatistics.of(RegistryLoader.load(
        List.of(Path.of("../testdata/anthology-of-the-sota/registry.yaml"))).anthology());
  }

  @Test
  void textListsTotalsThenTopicsLargestFirst() throws Exception {
    String text = StatsText.render(reference());
    assertThat(text).startsWith("""
        papers                  0
        recommendations         119
          experimental          0
          standard              119
          deprecated            0
        topics                  22
        years                   2014-2023

        topic                   recommendations  years
        distributed-training                 18  2018-2023
        """);
    assertThat(text).contains("\nnlp                                   1  2015\n");
  }

  @Test
  void jsonCarriesTheSameFigures() throws Exception {
    JsonNode json = new ObjectMapper().readTree(StatsJson.render(reference()));
    assertThat(json.get("recommendations").asInt()).isEqualTo(119);
    assertThat(json.get("status").get("standard").asInt()).isEqualTo(119);
    assertThat(json.get("topics").get(0).get("name").asText()).isEqualTo("distributed-training");
    assertThat(json.get("topics").get(0).get("years").get("earliest").asInt()).isEqualTo(2018);
    assertThat(json.get("topics")).hasSize(22);
  }

  @Test
  void theSameRegistryGivesTheSameBytes() throws Exception {
    assertThat(StatsText.render(reference())).isEqualTo(StatsText.render(reference()));
    assertThat(StatsJson.render(reference())).isEqualTo(StatsJson.render(reference()));
  }
}
