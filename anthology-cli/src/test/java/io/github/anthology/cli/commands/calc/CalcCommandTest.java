package io.github.anthology.cli.commands.calc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String llama2() {
    try {
      return Path.of(CalcCommandTest.class.getResource("/calc/llama-2-7b-config.json").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return JSON.readTree(run.out());
  }

  private static void usageError(String expected, String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void llama2sConfigGivesItsExactCountAsAnInteger() throws IOException {
    CliRun run = CliRun.of("calc", "params", "--hf-config", llama2(), "--format", "json");
    assertThat(run.out()).contains("\"total_params\" : 6738415616");
    assertThat(JSON.readTree(run.out()).get("total_params").isIntegralNumber()).isTrue();
  }

  @Test
  void theTableIsTheDefault() {
    CliRun run = CliRun.of("calc", "params", "--hf-config", llama2());
    assertThat(run.out()).containsPattern("(?m)^total +6,738,415,616 +6\\.74 B$");
  }

  @Test
  void theCookbooksSizeOptionsDescribeAModel() throws IOException {
    JsonNode n = json("calc", "params", "-l", "32", "-hs", "4096", "-a", "32", "-v", "32000", "-nl", "3",
        "-ff", "2.6875", "--norm", "rms_norm", "--norms-per-layer", "2", "--format", "json");
    assertThat(n.get("total_params").longValue()).isEqualTo(6_738_415_616L);
  }

  @Test
  void anOptionOverridesTheConfig() throws IOException {
    JsonNode n = json("calc", "params", "--hf-config", llama2(), "-l", "16", "--format", "json");
    assertThat(n.at("/model/num_layers").intValue()).isEqualTo(16);
    assertThat(n.at("/components/attention").longValue()).isEqualTo(16L * 4 * 4096 * 4096);
  }

  @Test
  void flopsTakeTokenCountsAsPeopleWriteThem() throws IOException {
    JsonNode n = json("calc", "flops", "--hf-config", llama2(), "--tokens", "2T", "-s", "4096", "--format", "json");
    assertThat(n.get("tokens").longValue()).isEqualTo(2_000_000_000_000L);
    assertThat(n.get("total_flops").bigIntegerValue()).isEqualTo(
        n.get("forward_flops_per_token").bigIntegerValue().multiply(java.math.BigInteger.valueOf(3 * 2_000_000_000_000L)));
  }

  @Test
  void memoryGivesBytesPerDeviceByComponent() throws IOException {
    JsonNode n = json("calc", "memory", "--hf-config", llama2(), "--infer", "-s", "4095", "-o", "1", "--format", "json");
    assertThat(n.at("/per_device_bytes/kv_cache").longValue()).isEqualTo(524_288L * 4096);
    assertThat(n.at("/per_device_bytes/weights").longValue()).isEqualTo(2 * 6_738_415_616L);
  }

  @Test
  void planFromABudgetOrAModel() throws IOException {
    assertThat(json("calc", "plan", "--flops", "5.88e23", "--format", "json").get("params").longValue())
        .isEqualTo(70_000_000_000L);
    assertThat(json("calc", "plan", "--hf-config", llama2(), "--format", "json").get("tokens").longValue())
        .isEqualTo(20 * 6_738_415_616L);
  }

  @Test
  void badSizesExitTwoNamingTheOption() {
    usageError("anthology: --num-layers (-l) must be positive, got -1", "calc", "params", "-l", "-1");
    usageError("--num-attention-heads (-a) 48 does not divide --hidden-size (-hs) 4096", "calc", "params", "-hs", "4096", "-a", "48");
    usageError("--zero-stage (-z) must be 0, 1, 2 or 3, got 4", "calc", "memory", "-z", "4");
    usageError("--tokens", "calc", "flops", "--tokens", "lots");
    usageError("-ff 2.6 × hidden size 4096 is 10649.6, not a whole number", "calc", "params", "-hs", "4096", "-ff", "2.6");
    usageError("--num-gpus 6 is not a multiple of tensor × pipeline parallelism 4 × 1", "calc", "memory", "--num-gpus", "6", "-tp", "4");
  }

  @Test
  void aBadConfigFileExitsTwoNamingTheFileAndField(@TempDir Path dir) throws IOException {
    Path unknown = Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"t5\"}");
    usageError(unknown + ": model_type `t5` is not a family", "calc", "params", "--hf-config", unknown.toString());
    Path missing = Files.writeString(dir.resolve("missing.json"), "{\"model_type\": \"llama\", \"hidden_size\": 4096}");
    usageError(missing + ": field `num_attention_heads` is missing", "calc", "params", "--hf-config", missing.toString());
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"model_type\": \"llama\",,}");
    usageError(broken + ":1:24: malformed JSON", "calc", "params", "--hf-config", broken.toString());
    usageError("cannot read " + dir.resolve("absent.json") + ": no such file", "calc", "params", "--hf-config", dir.resolve("absent.json").toString());
  }

  @Test
  void planNeedsSomethingToPlanFrom() {
    usageError("say what to plan from", "calc", "plan");
  }

  @Test
  void helpNamesTheSubcommands() {
    assertThat(CliRun.of("calc", "--help").out()).contains("params").contains("flops").contains("memory").contains("plan");
    assertThat(CliRun.of("calc", "memory", "--help").out()).contains("--zero-stage").contains("-tp");
  }
}
