package io.github.anthology.api.internal.plugin;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.rules.api.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The rules one plugin jar provides through {@link ServiceLoader}: only the providers its own class
 * loader defines (the parent's built-in rules are listed by the same service file name), each
 * instantiated and its metadata read once, so a broken rule is found when the plugin is loaded,
 * not in the middle of a run.
 */
final class PluginJar {
  static final String SERVICE_FILE = "META-INF/services/" + Rule.class.getName();

  private PluginJar() {}

  static List<Rule> rules(String name, ClassLoader loader) throws AnthologyException {
    List<Rule> rules = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<Rule> provider : ServiceLoader.load(Rule.class, loader).stream().toList()) {
        if (provider.type().getClassLoader() == loader) {
          rules.add(checked(name, provider));
        }
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      throw AnthologyException.of("plugin " + name + ": its rules cannot be loaded: " + oneLine(e), e);
    }
    if (rules.isEmpty()) {
      throw AnthologyException.of("plugin " + name + ": holds no rules; a plugin jar lists its rule classes in "
          + SERVICE_FILE);
    }
    return rules;
  }

  private static Rule checked(String name, ServiceLoader.Provider<Rule> provider) throws AnthologyException {
    String type = provider.type().getName();
    Rule rule;
    try {
      rule = provider.get();
    } catch (ServiceConfigurationError e) {
      throw AnthologyException.of("plugin " + name + ": rule " + type + " cannot be created: "
          + oneLine(e.getCause() == null ? e : e.getCause()), e);
    }
    try {
      rule.metadata().id();
    } catch (RuntimeException e) {
      throw AnthologyException.of("plugin " + name + ": rule " + type + " has no usable @RuleInfo: "
          + oneLine(e), e);
    }
    return rule;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
