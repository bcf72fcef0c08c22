package io.github.anthology.rules.engine;

import io.github.anthology.rules.api.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's documentation page ({@code docs/rules/<id>.md}), read from the class path of the rule's
 * own jar: the built-in pages are copied into anthology-rules at build time, and a plugin may ship
 * its pages the same way.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /** The class-path resource that holds a rule's page. */
  public static String resource(Rule rule) {
    return "docs/" + rule.metadata().docPath();
  }

  public static Optional<String> page(Rule rule) {
    ClassLoader loader = rule.getClass().getClassLoader();
    try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource(rule))) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
