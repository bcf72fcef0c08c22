package io.github.anthology.api.internal.plugin;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.builtin.BuiltinRules;
import io.github.anthology.rules.engine.RuleRegistry;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Loads the rule set: built-in rules, rules on the class path (as a Maven plugin's dependencies
 * put them there), and each plugin jar's rules through {@link java.util.ServiceLoader} in a class
 * loader of its own whose parent is Anthology's, so plugins share the rule SPI but not each
 * other's classes. Nothing is loaded for a jar until a workspace names one.
 */
public final class PluginLoader {
  private PluginLoader() {}

  /**
   * The rule set with the plugins of these jars.
   *
   * @param jars the plugin jars, as they are to be named in messages
   * @return the rules, each with the plugin it came from
   * @throws AnthologyException when a jar is missing or broken, holds no rule, or a rule id clashes
   */
  public static RuleSet load(List<Path> jars) throws AnthologyException {
    Set<String> builtin = BuiltinRules.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet());
    RuleRegistry base;
    try {
      base = RuleRegistry.load(PluginLoader.class.getClassLoader());
    } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
      throw AnthologyException.of("rules on the class path cannot be loaded: " + e.getMessage(), e);
    }
    List<Rule> rules = new ArrayList<>(base.rules());
    Map<String, String> pluginOf = new LinkedHashMap<>();
    for (Rule rule : rules) {
      String id = rule.metadata().id();
      if (!builtin.contains(id)) {
        pluginOf.put(id, codeSource(rule.getClass()));
      }
    }
    for (Path jar : jars) {
      String name = SourceFiles.display(jar);
      for (Rule rule : PluginJar.rules(name, loader(jar, name))) {
        String id = rule.metadata().id();
        if (base.find(id).isPresent() || pluginOf.containsKey(id)) {
          String other = builtin.contains(id) ? "the built-in rule" : "the rule of plugin " + pluginOf.get(id);
          throw AnthologyException.of("plugin " + name + ": its rule `" + id + "` (" + rule.getClass().getName()
              + ") has the id of " + other + "; a plugin's rule ids must be its own (use a category of its own)");
        }
        pluginOf.put(id, name);
        rules.add(rule);
      }
    }
    return new RuleSet(RuleRegistry.of(rules), pluginOf);
  }

  private static URLClassLoader loader(Path jar, String name) throws AnthologyException {
    if (!Files.isRegularFile(jar)) {
      throw AnthologyException.of("plugin " + name + ": no such file");
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      file.size();
    } catch (IOException e) {
      throw AnthologyException.of("plugin " + name + ": not a jar file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }
    try {
      URL url = jar.toAbsolutePath().toUri().toURL();
      return new URLClassLoader("anthology-plugin:" + name, new URL[] {url}, PluginLoader.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw AnthologyException.of("plugin " + name + ": " + e.getMessage(), e);
    }
  }

  /** The jar (or directory) a class on the class path was loaded from, by file name. */
  private static String codeSource(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return type.getName();
    }
    String path = source.getLocation().getPath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
