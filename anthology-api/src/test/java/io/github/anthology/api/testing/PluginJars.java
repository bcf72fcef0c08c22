package io.github.anthology.api.testing;

import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars during a test: compiles rule sources against the rule SPI with the JDK's own
 * compiler, and jars the classes with any resources (a service file, documentation pages) — the
 * way a third party would ship rules, with nothing prepared in advance.
 */
public final class PluginJars {
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> resources = new LinkedHashMap<>();

  /**
   * A Java source of the plugin.
   *
   * @param className the fully qualified class name
   * @param source the source text
   * @return this builder
   */
  public PluginJars source(String className, String source) {
    sources.put(className, source);
    return this;
  }

  /**
   * A resource of the plugin.
   *
   * @param path its path in the jar
   * @param text its content
   * @return this builder
   */
  public PluginJars resource(String path, String text) {
    resources.put(path, text);
    return this;
  }

  /**
   * Lists rule classes in the jar's service file for the rule SPI.
   *
   * @param classNames the rule classes
   * @return this builder
   */
  public PluginJars services(String... classNames) {
    return resource("META-INF/services/" + Rule.class.getName(), String.join("\n", classNames) + "\n");
  }

  /**
   * Compiles the sources and writes the jar.
   *
   * @param jar where
   * @return the jar
   * @throws IOException when compiling or writing fails
   */
  public Path build(Path jar) throws IOException {
    Path work = Files.createTempDirectory(jar.toAbsolutePath().getParent(), "plugin-build");
    Path src = Files.createDirectories(work.resolve("src"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue());
      files.add(file.toString());
    }
    compile(classes, files);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
        Stream<Path> compiled = Files.walk(classes)) {
      for (Path c : compiled.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(c));
      }
      for (Map.Entry<String, String> r : resources.entrySet()) {
        zip.putNextEntry(new JarEntry(r.getKey()));
        zip.write(r.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private static void compile(Path classes, List<String> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-cp", location(Rule.class) + java.io.File.pathSeparator + location(Anthology.class)));
    args.addAll(files);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) {
      throw new IOException("the plugin does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }
  }

  /** Where a class was loaded from: a jar or a classes directory. */
  public static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
