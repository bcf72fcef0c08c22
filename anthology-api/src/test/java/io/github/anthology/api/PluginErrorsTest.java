package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.testing.AcmePlugin;
import io.github.anthology.api.testing.PluginJars;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginErrorsTest {
  @TempDir Path dir;

  private void fails(Path jar, String message) {
    assertThatThrownBy(() -> Workspace.builder().input(Path.of("../examples/sota")).plugin(jar).build().lint())
        .isInstanceOf(AnthologyException.class).hasMessage(message).hasNoSuppressedExceptions();
  }

  @Test
  void aMissingJarIsNamed() {
    Path jar = dir.resolve("missing.jar");
    fails(jar, "plugin " + jar + ": no such file");
  }

  @Test
  void aFileThatIsNotAJarIsNamed() throws Exception {
    Path jar = Files.writeString(dir.resolve("notes.jar"), "not a zip");
    fails(jar, "plugin " + jar + ": not a jar file (ZipException: zip END header not found)");
  }

  @Test
  void aJarWithoutAServiceFileHoldsNoRules() throws Exception {
    Path jar = new PluginJars().resource("README", "nothing here").build(dir.resolve("empty.jar"));
    fails(jar, "plugin " + jar + ": holds no rules; a plugin jar lists its rule classes in"
        + " META-INF/services/io.github.anthology.rules.api.Rule");
  }

  @Test
  void aServiceFileNamingAMissingClassIsNamed() throws Exception {
    Path jar = new PluginJars().services("com.acme.Missing").build(dir.resolve("typo.jar"));
    fails(jar, "plugin " + jar + ": its rules cannot be loaded: ServiceConfigurationError:"
        + " io.github.anthology.rules.api.Rule: Provider com.acme.Missing not found");
  }

  @Test
  void aRuleWithoutRuleInfoIsNamed() throws Exception {
    Path jar = new PluginJars()
        .source("com.acme.Bare", "package com.acme;\npublic final class Bare implements io.github.anthology.rules.api.Rule {\n"
            + "  public void check(io.github.anthology.rules.api.RuleContext ctx) {}\n}\n")
        .services("com.acme.Bare").build(dir.resolve("bare.jar"));
    fails(jar, "plugin " + jar + ": rule com.acme.Bare has no usable @RuleInfo: NullPointerException:"
        + " com.acme.Bare has no @RuleInfo");
  }

  @Test
  void aRuleIdThatABuiltInRuleHasIsAClashNamingBoth() throws Exception {
    Path jar = AcmePlugin.withRuleId(dir.resolve("clash.jar"), "naming/format");
    fails(jar, "plugin " + jar + ": its rule `naming/format` (com.other.rules.TakenRule) has the id of the built-in"
        + " rule; a plugin's rule ids must be its own (use a category of its own)");
  }

  @Test
  void twoPluginsWithOneRuleIdClashNamingTheFirst() throws Exception {
    Path first = AcmePlugin.working(dir.resolve("first.jar"));
    Path second = AcmePlugin.withRuleId(dir.resolve("second.jar"), AcmePlugin.SHORT_TITLE);
    assertThatThrownBy(() -> Workspace.builder().input(Path.of("../examples/sota")).plugin(first).plugin(second)
        .build().lint())
        .isInstanceOf(AnthologyException.class)
        .hasMessage("plugin " + second + ": its rule `acme/short-title` (com.other.rules.TakenRule) has the id of the"
            + " rule of plugin " + first + "; a plugin's rule ids must be its own (use a category of its own)");
  }
}
