package io.github.anthology.rules;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.yaml.ResearchYamlReader;
import io.github.anthology.io.yaml.TaxonomyYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.ImmutableAnthology;
import io.github.anthology.model.Paper;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import java.util.List;
import java.util.Map;

/** Builds anthologies from YAML text and lints them with one rule. */
public final class Fixtures {
  private Fixtures() {}

  public static Anthology anthology(String researchYaml, String taxonomyYaml) {
    try {
      ImmutableAnthology.Builder b = Anthology.builder();
      if (researchYaml != null) {
        for (Paper p : ResearchYamlReader.read(YamlDocument.parse("research.yaml", researchYaml))) {
          b.addPapers(p).addAllRecommendations(p.recommendations());
        }
        b.addSources("research.yaml");
      }
      if (taxonomyYaml != null) {
        b.taxonomy(TaxonomyYamlReader.read(YamlDocument.parse("taxonomy.yaml", taxonomyYaml)));
        b.addSources("taxonomy.yaml");
      }
      return b.build();
    } catch (ReadException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A registry read from a research.yaml text. */
  public static Anthology research(String yaml) {
    return anthology(yaml, null);
  }

  /** A registry of a taxonomy.yaml text and, if not null, a research.yaml text. */
  public static Anthology registry(String taxonomyYaml, String researchYaml) {
    return anthology(researchYaml, taxonomyYaml);
  }

  /** A registry of nothing but a taxonomy.yaml text. */
  public static Anthology taxonomyOnly(String yaml) {
    return anthology(null, yaml);
  }

  public static List<Finding> lint(Rule rule, Anthology anthology) {
    return lint(rule, anthology, Map.of());
  }

  public static List<Finding> lint(Rule rule, Anthology anthology, Map<String, Object> options) {
    ConfiguredRule configured = new ConfiguredRule(rule, rule.metadata().defaultSeverity(), options);
    return new Linter(List.of(configured)).lint(anthology);
  }

  /** Lints with the source texts at hand, as a real run has them, so fixes that need the text are offered. */
  public static List<Finding> lintWithTexts(Rule rule, String researchYaml, String taxonomyYaml) {
    ConfiguredRule configured = new ConfiguredRule(rule, rule.metadata().defaultSeverity(), Map.of());
    Map<String, String> texts = new java.util.HashMap<>();
    texts.put("research.yaml", researchYaml);
    if (taxonomyYaml != null) {
      texts.put("taxonomy.yaml", taxonomyYaml);
    }
    return new Linter(List.of(configured)).lint(anthology(researchYaml, taxonomyYaml), texts);
  }

  /** The text after a finding's first fix. */
  public static String fixed(String text, Finding finding) {
    return io.github.anthology.io.edit.TextEdits.apply(text, finding.fixes().get(0).edits()).text();
  }

  public static List<Finding> lint(Rule rule, String researchYaml, String taxonomyYaml) {
    return lint(rule, anthology(researchYaml, taxonomyYaml));
  }

  /** A taxonomy.yaml with one topic a line, written {@code name:kind}. */
  public static String taxonomy(String... topics) {
    StringBuilder yaml = new StringBuilder("topics:\n");
    for (String t : topics) {
      String[] parts = t.split(":");
      yaml.append("  - name: ").append(parts[0]).append('\n');
      if (parts.length > 1) {
        yaml.append("    kind: ").append(parts[1]).append('\n');
      }
    }
    return yaml.toString();
  }

  /** Findings as {@code line:col message}, for compact assertions. */
  public static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.span().line() + ":" + f.span().column() + " " + f.message()).toList();
  }
}
