package io.github.anthology.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Microsoft's SARIF validator ({@code @microsoft/sarif-multitool} on npm, a self-contained native
 * program per platform), with GitHub code scanning's own rules ({@code --rule-kind "Sarif;Gh"}).
 * Found through {@code ANTHOLOGY_SARIF_MULTITOOL}, else where {@code .ci/run} installs it.
 */
final class SarifMultitool {
  static final String INSTALL = "npm install --prefix .ci/tools @microsoft/sarif-multitool, as .ci/run does";
  static final Optional<Path> BINARY = locate();

  private SarifMultitool() {}

  private static Optional<Path> locate() {
    String env = System.getenv("ANTHOLOGY_SARIF_MULTITOOL");
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env));
    }
    Path packages = ExternalTool.ROOT.resolve(".ci/tools/node_modules/@microsoft");
    return Stream.of("linux/Sarif.Multitool", "darwin/Sarif.Multitool", "win32/Sarif.Multitool.exe")
        .map(p -> packages.resolve("sarif-multitool-" + p)).filter(Files::isRegularFile).findFirst();
  }

  static boolean present() {
    return BINARY.isPresent() && Files.isExecutable(BINARY.get());
  }

  /** One problem the validator found: its rule, level and message. */
  record Problem(String rule, String level, String message) {}

  /** Validates a SARIF file with the SARIF and GitHub rules; the validator's findings. */
  static List<Problem> validate(Path sarif) throws Exception {
    Path log = sarif.resolveSibling(sarif.getFileName() + ".validation.sarif");
    ExternalTool.Result r = ExternalTool.run(sarif.getParent(), Map.of("DOTNET_CLI_TELEMETRY_OPTOUT", "1"), 5,
        List.of(BINARY.orElseThrow().toString(), "validate", "--rule-kind", "Sarif;Gh", "--output", log.toString(),
            sarif.toString()));
    if (r.exitCode() != 0 || !Files.exists(log)) {
      throw new AssertionError("the SARIF multitool failed (exit " + r.exitCode() + "):\n" + r.output());
    }
    List<Problem> problems = new ArrayList<>();
    for (JsonNode result : new ObjectMapper().readTree(log.toFile()).at("/runs/0/results")) {
      problems.add(new Problem(result.path("ruleId").asText(), result.path("level").asText("warning"),
          result.at("/message/arguments").toString()));
    }
    return problems;
  }
}
