package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.api.testing.PluginJars;
import io.github.anthology.model.Anthology;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/embedding.md, taken from the page as it stands: it compiles against the api
 * and model classes alone (nothing else on the class path), and run on the reference registry it
 * prints its findings as SARIF.
 */
class EmbeddingExampleTest {
  static final Path PAGE = Path.of("../docs/embedding.md");
  static final Path REAL = Path.of("../testdata/anthology-of-the-sota/research.yaml");

  @TempDir Path dir;

  static String example() throws Exception {
    Matcher m = Pattern.compile("## A complete example.*?```java\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(PAGE));
    assertThat(m.find()).as("the page's example").isTrue();
    return m.group(1);
  }

  @Test
  void theExampleImportsOnlyApiModelAndJdkTypes() throws Exception {
    List<String> imports = example().lines().filter(l -> l.startsWith("import ")).toList();
    assertThat(imports).isNotEmpty().allMatch(l -> l.startsWith("import io.github.anthology.api.")
        || l.startsWith("import io.github.anthology.model.") || l.startsWith("import java."));
  }

  @Test
  void theExampleCompilesAgainstApiAndModelAloneAndPrintsTheRealRegistrysFindingsAsSarif() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src")).resolve("LintToSarif.java");
    Files.writeString(source, example());
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String apiAndModel = PluginJars.location(Workspace.class) + File.pathSeparator + PluginJars.location(Anthology.class);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, "--release", "17", "-proc:none",
        "-cp", apiAndModel, "-d", classes.toString(), source.toString());
    assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    Path out = dir.resolve("out.json");
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"), "LintToSarif", REAL.toString())
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(run.exitValue()).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(out.toFile());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.size()).isEqualTo(Workspace.builder().input(REAL).build().lint().findings().size()).isPositive();
    assertThat(results.findValuesAsText("ruleId")).contains("naming/format");
  }
}
