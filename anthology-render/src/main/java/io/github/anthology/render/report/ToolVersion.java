package io.github.anthology.render.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version, as the build wrote it into {@code tool.properties}. */
final class ToolVersion {
  static final String VERSION = load();

  private ToolVersion() {}

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        throw new IllegalStateException("tool.properties is missing from anthology-render");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }
}
