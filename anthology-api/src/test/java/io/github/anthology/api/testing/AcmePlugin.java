package io.github.anthology.api.testing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The plugins the tests load, built from source during the test run: Acme's rules as a third
 * party would ship them, and broken variants.
 */
public final class AcmePlugin {
  /** The rule id of Acme's working rule. */
  public static final String SHORT_TITLE = "acme/short-title";
  /** Where Acme says its rule is documented. */
  public static final String SHORT_TITLE_URL = "https://rules.example/acme/short-title";
  /** The page Acme ships in its jar. */
  public static final String SHORT_TITLE_PAGE = "# acme/short-title\n\nA paper's title has two words or more.\n";

  /** A registry with one paper whose title is one word (Acme reports it) and one with a long title. */
  public static final String RESEARCH = """
      2021:
        - title: Switch
          first_author: Fedus
          year: 2021
          topics: [model-architecture]
          sota:
            - Route each token to one expert
        - title: Scaling Laws for Neural Language Models
          first_author: Kaplan
          year: 2021
          topics: [training-optimization]
          sota:
            - Scale model size with compute
      """;

  private AcmePlugin() {}

  /**
   * Writes {@link #RESEARCH} as the research.yaml of a new directory {@code registry} under {@code dir}.
   *
   * @param dir where
   * @return the registry directory
   * @throws IOException when it cannot be written
   */
  public static Path registry(Path dir) throws IOException {
    Path registry = java.nio.file.Files.createDirectories(dir.resolve("registry"));
    java.nio.file.Files.writeString(registry.resolve("research.yaml"), RESEARCH);
    return registry;
  }

  /**
   * Acme's plugin: {@value #SHORT_TITLE} with its page and documentation address.
   *
   * @param jar where to write it
   * @return the jar
   * @throws IOException when it cannot be built
   */
  public static Path working(Path jar) throws IOException {
    return new PluginJars()
        .source("com.acme.rules.ShortTitleRule", rule("com.acme.rules", "ShortTitleRule", SHORT_TITLE,
            "documentationUrl = \"" + SHORT_TITLE_URL + "\"",
            "for (var p : ctx.anthology().papers()) { if (p.title().trim().split(\"\\\\s+\").length < 2) {"
                + " ctx.at(p.span(), \"title `\" + p.title() + \"` is one word; give the paper's full title\").report(); } }"))
        .services("com.acme.rules.ShortTitleRule")
        .resource("docs/rules/" + SHORT_TITLE + ".md", SHORT_TITLE_PAGE)
        .build(jar);
  }

  /**
   * A plugin whose only rule throws on every run.
   *
   * @param jar where to write it
   * @return the jar
   * @throws IOException when it cannot be built
   */
  public static Path throwing(Path jar) throws IOException {
    return new PluginJars()
        .source("com.acme.broken.BrokenRule", rule("com.acme.broken", "BrokenRule", "acme-broken/always-throws", "",
            "throw new IllegalStateException(\"the index is not what this rule expected\");"))
        .services("com.acme.broken.BrokenRule")
        .build(jar);
  }

  /**
   * A plugin whose rule takes a built-in rule's id.
   *
   * @param jar where to write it
   * @param id the id to take
   * @return the jar
   * @throws IOException when it cannot be built
   */
  public static Path withRuleId(Path jar, String id) throws IOException {
    return new PluginJars()
        .source("com.other.rules.TakenRule", rule("com.other.rules", "TakenRule", id, "", ""))
        .services("com.other.rules.TakenRule")
        .build(jar);
  }

  private static String rule(String pkg, String className, String id, String extra, String body) {
    return "package " + pkg + ";\n"
        + "import io.github.anthology.rules.api.*;\n"
        + "@RuleInfo(id = \"" + id + "\", summary = \"A test rule.\", severity = Severity.WARNING"
        + (extra.isEmpty() ? "" : ", " + extra) + ")\n"
        + "public final class " + className + " implements Rule {\n"
        + "  @Override public void check(RuleContext ctx) {\n    " + body + "\n  }\n}\n";
  }
}
