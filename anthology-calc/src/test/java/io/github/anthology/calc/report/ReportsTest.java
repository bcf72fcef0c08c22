package io.github.anthology.calc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.anthology.calc.flops.FlopsCounter;
import io.github.anthology.calc.flops.FlopsRequest;
import io.github.anthology.calc.hf.HfConfigs;
import io.github.anthology.calc.memory.MemoryCalculator;
import io.github.anthology.calc.memory.MemoryRequest;
import io.github.anthology.calc.model.TransformerModel;
import io.github.anthology.calc.params.ParameterCounter;
import io.github.anthology.calc.plan.Chinchilla;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reports' JSON is what the published schema (docs/schemas/calc.schema.json) says, and the tables read well. */
class ReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TransformerModel MIXTRAL = HfConfigs.model("mixtral-8x7b-v0.1");
  private static JsonSchema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    JsonNode node = JSON.readTree(Path.of("../docs/schemas/calc.schema.json").toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  private static JsonNode valid(String json) throws IOException {
    JsonNode node = JSON.readTree(json);
    assertThat(schema.validate(node)).isEmpty();
    return node;
  }

  @Test
  void paramsJsonHasAnIntegerTotalAndTheComponents() throws IOException {
    JsonNode n = valid(ParamsReport.json(ParameterCounter.count(HfConfigs.model("llama-2-7b"))));
    assertThat(n.get("total_params").isIntegralNumber()).isTrue();
    assertThat(n.get("total_params").longValue()).isEqualTo(6_738_415_616L);
    assertThat(n.at("/components/mlp").longValue()).isEqualTo(32L * 3 * 4096 * 11008);
    assertThat(n.at("/model/mlp").textValue()).isEqualTo("gated");
  }

  @Test
  void flopsJsonCarriesExactIntegersBeyondLongRange() throws IOException {
    var f = FlopsCounter.count(FlopsRequest.builder().model(MIXTRAL).tokens(1_000_000_000_000L).sequenceLength(4096).build());
    JsonNode n = valid(FlopsReport.json(f));
    assertThat(n.get("total_flops").bigIntegerValue()).isEqualTo(f.total());
    assertThat(n.get("approximation_formula").textValue()).isEqualTo("6ND");
  }

  @Test
  void memoryJsonGivesBytesPerDeviceByComponent() throws IOException {
    var m = MemoryCalculator.estimate(MemoryRequest.builder().model(MIXTRAL).sequenceLength(4096).inference(true).build());
    JsonNode n = valid(MemoryReport.json(m));
    assertThat(n.at("/per_device_bytes/kv_cache").longValue()).isEqualTo(2L * 2 * 32 * 8 * 128 * 4096);
    assertThat(n.get("per_device_total_bytes").longValue()).isEqualTo(m.perDeviceTotal());
  }

  @Test
  void planJsonIsValid() throws IOException {
    assertThat(valid(PlanReport.json(Chinchilla.forParameters(1_000_000_000L, 20))).get("tokens").longValue())
        .isEqualTo(20_000_000_000L);
  }

  @Test
  void theSchemaRejectsAFractionalCountOrAMissingTotal() throws IOException {
    JsonNode n = JSON.readTree(ParamsReport.json(ParameterCounter.count(HfConfigs.model("gpt2"))));
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("total_params", 1.5);
    assertThat(schema.validate(n)).isNotEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("total_params");
    assertThat(schema.validate(n)).isNotEmpty();
  }

  @Test
  void theParamsTableAlignsGroupedCountsBesideShortOnes() {
    String text = ParamsReport.text(ParameterCounter.count(MIXTRAL));
    assertThat(text).containsPattern("(?m)^total +46,702,792,704 +46\\.70 B$")
        .containsPattern("(?m)^active per token +12,879,925,248 +12\\.88 B$")
        .containsPattern("(?m)^experts +45,097,156,608 +45\\.10 B$");
    assertThat(text.lines().map(String::length).distinct().count()).as("every row as wide").isLessThanOrEqualTo(2);
  }

  @Test
  void theFlopsTableShowsTheApproximationAndTheRatio() {
    var f = FlopsCounter.count(FlopsRequest.builder().model(HfConfigs.model("gpt2")).tokens(1024).sequenceLength(1024).build());
    assertThat(FlopsReport.text(f)).startsWith("FLOPs to train on 1,024 tokens in sequences of 1024, recompute none")
        .contains("6·N·D").containsPattern("exact / approximation: \\d\\.\\d{4}");
  }
}
