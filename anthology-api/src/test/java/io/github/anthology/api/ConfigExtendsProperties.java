package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code extends:} naming a file, seen through what {@code --print-config} shows: a file that only
 * extends another applies exactly what that one does, and extending an identical copy changes
 * nothing (every list the merge adds up applies idempotently).
 */
class ConfigExtendsProperties {
  private static final List<String> FILES = List.of("taxonomy.yaml", "research.yaml", "legacy/research.yaml",
      "drafts/taxonomy.yaml");

  @Provide
  Arbitrary<String> configs() {
    Arbitrary<String> preset = Arbitraries.of("", "extends: strict\n", "extends: all\n", "extends: [recommended]\n");
    Arbitrary<String> severity = Arbitraries.of("error", "warning", "info", "off");
    Arbitrary<String> format = severity.optional().map(s -> s.map(v -> "  naming/format: " + v + "\n").orElse(""));
    Arbitrary<String> overlap = Combinators.combine(severity.optional(), Arbitraries.of(0.3, 0.5, 0.75).optional())
        .as((s, t) -> s.isEmpty() && t.isEmpty() ? "" : "  taxonomy/overlap-merge:\n"
            + s.map(v -> "    severity: " + v + "\n").orElse("")
            + t.map(v -> "    options: {threshold: " + v + "}\n").orElse(""));
    Arbitrary<String> ignores = Arbitraries.of("", "ignores: [drafts/**]\n", "ignores: [legacy/, '*.md']\n");
    Arbitrary<String> overrides = Combinators.combine(Arbitraries.of("legacy/**", "taxonomy.yaml", "drafts/"), severity)
        .as((g, s) -> "overrides:\n  - files: [" + g + "]\n    rules: {naming/format: " + s + "}\n")
        .optional().map(o -> o.orElse(""));
    Arbitrary<String> failOn = Arbitraries.of("", "fail-on: warning\n", "fail-on: info\n");
    Arbitrary<String> maxWarnings = Arbitraries.of("", "max-warnings: 0\n", "max-warnings: 12\n");
    return Combinators.combine(preset, format, overlap, ignores, overrides, failOn, maxWarnings)
        .as((p, f, o, i, ov, fo, mw) -> p + "rules:\n" + f + o + i + ov + fo + mw);
  }

  @Property(tries = 40)
  void aFileThatOnlyExtendsAnotherAppliesWhatItApplies(@ForAll("configs") String config) throws Exception {
    inTemporaryDirectory(tmp -> onlyExtending(tmp, config));
  }

  private static void onlyExtending(Path tmp, String config) throws Exception {
    Path plain = dir(tmp.resolve("plain"), config);
    Path only = dir(tmp.resolve("only"), "extends: ../shared/base.yaml\n");
    Files.createDirectories(tmp.resolve("shared"));
    Files.writeString(tmp.resolve("shared/base.yaml"), config);
    for (String file : FILES) {
      assertThat(shown(only, file)).isEqualTo(shown(plain, file));
    }
  }

  @Property(tries = 40)
  void extendingAnIdenticalCopyChangesNothing(@ForAll("configs") String config) throws Exception {
    inTemporaryDirectory(tmp -> extendingACopy(tmp, config));
  }

  private static void extendingACopy(Path tmp, String config) throws Exception {
    Path plain = dir(tmp.resolve("plain"), config);
    Path twice = dir(tmp.resolve("twice"), "extends: ./copy.yaml\n" + config.replaceFirst("^extends: ", "extends-preset: "));
    Files.writeString(twice.resolve("copy.yaml"), config);
    fixPreset(twice, config);
    for (String file : FILES) {
      assertThat(shown(twice, file)).isEqualTo(shown(plain, file));
    }
  }

  /** The copy's own preset goes into its list beside the file, since a key is written once. */
  private static void fixPreset(Path dir, String config) throws Exception {
    String text = Files.readString(dir.resolve("anthology.yaml"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^extends-preset: \\[?([a-z]+)\\]?\\n").matcher(text);
    if (m.find()) {
      text = text.replace(m.group(), "").replace("extends: ./copy.yaml\n", "extends: [./copy.yaml, " + m.group(1) + "]\n");
    }
    Files.writeString(dir.resolve("anthology.yaml"), text);
  }

  private interface Check {
    void run(Path tmp) throws Exception;
  }

  private static void inTemporaryDirectory(Check check) throws Exception {
    Path tmp = Files.createTempDirectory("extends");
    try {
      check.run(tmp);
    } finally {
      delete(tmp);
    }
  }

  private static void delete(Path tmp) throws java.io.IOException {
    try (var paths = Files.walk(tmp)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path dir(Path dir, String config) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("anthology.yaml"), config);
    return dir;
  }

  /** What --print-config shows for a file, the registry's own directory taken out. */
  private static String shown(Path dir, String file) throws Exception {
    Workspace w = Workspace.builder().workingDirectory(dir).configFile(dir.resolve("anthology.yaml")).build();
    return w.effectiveConfiguration(dir.resolve(file)).replace(dir.toString(), "DIR");
  }
}
