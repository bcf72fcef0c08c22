package io.github.anthology.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a composite action's steps as a GitHub runner does, so far as this machine can: each
 * {@code run} step as {@code bash --noprofile --norc -eo pipefail} in the workspace, with its
 * {@code env} evaluated, the runner's files ({@code GITHUB_ENV}, {@code GITHUB_OUTPUT}) honoured
 * between steps, and the action's outputs evaluated at the end. {@code uses} steps (setting up
 * Java) are listed, not run: the JVM running this test is there already. Only the expressions the
 * action needs are understood; any other fails the test, so the action cannot outgrow its test.
 */
final class ActionRunner {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern EQUALS = Pattern.compile("([\\w.-]+)\\s*==\\s*'([^']*)'");

  /** What a run did: the failing step's exit code (0 when none failed), the log, outputs, skipped uses. */
  record Run(int exitCode, String log, Map<String, String> outputs, Map<String, String> env, List<String> uses) {}

  private final JsonNode action;
  private final Path actionPath;

  ActionRunner(Path actionPath) throws Exception {
    this.actionPath = actionPath;
    this.action = new YAMLMapper().readTree(actionPath.resolve("action.yml").toFile());
  }

  JsonNode action() {
    return action;
  }

  Run run(Path workspace, Path runnerTemp, Map<String, String> with, Map<String, String> env) throws Exception {
    Map<String, String> context = new HashMap<>();
    action.path("inputs").fields().forEachRemaining(i -> context.put("inputs." + i.getKey(),
        with.getOrDefault(i.getKey(), i.getValue().path("default").asText(""))));
    context.put("github.action_path", actionPath.toString());
    context.put("runner.temp", runnerTemp.toString());
    Map<String, String> jobEnv = new LinkedHashMap<>(env);
    StringBuilder log = new StringBuilder();
    List<String> uses = new ArrayList<>();
    for (JsonNode step : action.at("/runs/steps")) {
      if (step.has("if") && !condition(step.get("if").asText(), context)) {
        continue;
      }
      if (step.has("uses")) {
        uses.add(step.get("uses").asText());
        continue;
      }
      Path envFile = Files.createTempFile(runnerTemp, "env", "");
      Path outputFile = Files.createTempFile(runnerTemp, "output", "");
      Map<String, String> stepEnv = new LinkedHashMap<>(jobEnv);
      stepEnv.putAll(Map.of("CI", "true", "GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", workspace.toString(),
          "RUNNER_TEMP", runnerTemp.toString(), "GITHUB_ACTION_PATH", actionPath.toString(),
          "GITHUB_ENV", envFile.toString(), "GITHUB_OUTPUT", outputFile.toString()));
      step.path("env").fields().forEachRemaining(e -> stepEnv.put(e.getKey(), evaluate(e.getValue().asText(), context)));
      Path script = Files.createTempFile(runnerTemp, "step", ".sh");
      Files.writeString(script, step.get("run").asText());
      ExternalTool.Result r = ExternalTool.run(workspace, stepEnv, 10,
          List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
      log.append(r.output());
      jobEnv.putAll(fileCommands(envFile));
      String id = step.path("id").asText("");
      fileCommands(outputFile).forEach((k, v) -> context.put("steps." + id + ".outputs." + k, v));
      if (r.exitCode() != 0) {
        return new Run(r.exitCode(), log.toString(), outputs(context), jobEnv, uses);
      }
    }
    return new Run(0, log.toString(), outputs(context), jobEnv, uses);
  }

  private Map<String, String> outputs(Map<String, String> context) {
    Map<String, String> outputs = new LinkedHashMap<>();
    action.path("outputs").fields().forEachRemaining(o ->
        outputs.put(o.getKey(), evaluate(o.getValue().path("value").asText(), context)));
    return outputs;
  }

  /** {@code NAME=value} lines and {@code NAME<<DELIMITER} blocks, as a runner reads them. */
  static Map<String, String> fileCommands(Path file) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int heredoc = line.indexOf("<<");
      int eq = line.indexOf('=');
      if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        for (i++; !lines.get(i).equals(delimiter); i++) {
          value.append(value.length() == 0 ? "" : "\n").append(lines.get(i));
        }
        values.put(line.substring(0, heredoc), value.toString());
      } else if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }

  /** A string with {@code ${{ name }}} references replaced by their values. */
  static String evaluate(String text, Map<String, String> context) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), context)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(String name, Map<String, String> context) {
    if (name.startsWith("steps.")) {
      return context.getOrDefault(name, "");
    }
    String value = context.get(name);
    if (value == null) {
      throw new AssertionError("the action uses an expression this runner does not know: " + name);
    }
    return value;
  }

  /** An {@code if}: {@code NAME == 'literal'}, with or without {@code ${{ }}}. */
  static boolean condition(String expression, Map<String, String> context) {
    Matcher wrapped = EXPRESSION.matcher(expression.strip());
    String inner = wrapped.matches() ? wrapped.group(1) : expression.strip();
    Matcher m = EQUALS.matcher(inner);
    if (!m.matches()) {
      throw new AssertionError("the action uses a condition this runner does not know: " + expression);
    }
    return value(m.group(1), context).equals(m.group(2));
  }
}
