package io.github.anthology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** After packaging: every published module has its jar (with a module name), its sources and its Javadoc. */
class PublishedJarsIT {
  static final List<String> MODULES = List.of("model", "rules", "io", "render", "calc", "api", "cli");
  static final String VERSION = System.getProperty("anthology.version", "0.1.0-SNAPSHOT");

  private static Path jar(String module, String classifier) {
    return Path.of("..", "anthology-" + module, "target",
        "anthology-" + module + "-" + VERSION + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
  }

  private static String moduleName(Path jar) throws Exception {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
  }

  @Test
  void everyModuleJarNamesItsJavaModuleAndComesWithSourcesAndJavadoc() throws Exception {
    for (String module : MODULES) {
      assertThat(moduleName(jar(module, ""))).as(module).isEqualTo("io.github.anthology." + module);
      assertThat(jar(module, "sources")).as(module).isRegularFile();
      assertThat(jar(module, "javadoc")).as(module).isRegularFile();
    }
  }

  @Test
  void theMavenPluginJarNamesItsJavaModuleAndComesWithSourcesAndJavadoc() throws Exception {
    assertThat(moduleName(jar("maven-plugin", ""))).isEqualTo("io.github.anthology.maven");
    assertThat(jar("maven-plugin", "sources")).isRegularFile();
    assertThat(jar("maven-plugin", "javadoc")).isRegularFile();
  }

  @Test
  void theApiJavadocDocumentsTheFacadeAndLeavesItsInternalsOut() throws Exception {
    try (JarFile javadoc = new JarFile(jar("api", "javadoc").toFile())) {
      assertThat(javadoc.getEntry("io/github/anthology/api/Workspace.html")).isNotNull();
      assertThat(javadoc.getEntry("io/github/anthology/api/lint/LintResult.html")).isNotNull();
      assertThat(javadoc.stream().map(e -> e.getName())).noneMatch(n -> n.contains("/internal/"));
    }
  }

  @Test
  void theShadedCommandLineJarIsAModuleWithAMainClass() throws Exception {
    try (JarFile jar = new JarFile(Path.of("target/anthology.jar").toFile())) {
      var attributes = jar.getManifest().getMainAttributes();
      assertThat(attributes.getValue("Automatic-Module-Name")).isEqualTo("io.github.anthology.cli");
      assertThat(attributes.getValue("Main-Class")).isEqualTo("io.github.anthology.cli.Main");
    }
    assertThat(Files.size(Path.of("target/anthology.jar"))).isGreaterThan(Files.size(jar("cli", "")));
  }
}
