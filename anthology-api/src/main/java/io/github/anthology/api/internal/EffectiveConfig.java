package io.github.anthology.api.internal;

import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.config.Configuration;
import io.github.anthology.rules.engine.ConfiguredRule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The configuration that applies to one file, as YAML: where it came from, the run settings, and
 * every rule with its severity there (overrides applied) and its options (defaults filled in).
 */
public final class EffectiveConfig {
  private EffectiveConfig() {}

  /**
   * @param selection the workspace's selection
   * @param file the file, as findings would name it
   * @return the YAML text
   */
  public static String yaml(Selection selection, String file) {
    Configuration c = selection.configuration();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file);
    out.put("configuration", selection.configFile().isEmpty() ? "none (the recommended preset)" : selection.configFile());
    out.put("ignored", c.plan().ignored(file));
    out.put("inputs", selection.paths().stream().map(Path::toString).toList());
    selection.baseline().ifPresent(b -> out.put("baseline", b.toString()));
    out.put("fail-on", selection.policy().failOn().label());
    selection.policy().maxWarnings().ifPresent(n -> out.put("max-warnings", n));
    Map<String, Object> rules = new LinkedHashMap<>();
    for (Rule rule : selection.rules().registry().rules()) {
      String id = rule.metadata().id();
      rules.put(id, setting(rule, c.plan().configured(id, file)));
    }
    out.put("rules", rules);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    return new Yaml(options).dump(out);
  }

  private static Object setting(Rule rule, Optional<ConfiguredRule> configured) {
    if (configured.isEmpty()) {
      return "off";
    }
    List<Option<?>> declared = rule.options();
    if (declared.isEmpty()) {
      return configured.get().severity().label();
    }
    Map<String, Object> options = new LinkedHashMap<>();
    for (Option<?> o : declared) {
      options.put(o.name(), configured.get().options().getOrDefault(o.name(), o.defaultValue()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("severity", configured.get().severity().label());
    out.put("options", options);
    return out;
  }
}
