package io.github.anthology.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project's addresses on the web, set once in the build (the POM's {@code url}) and read from
 * a resource the build fills in: every documentation link a report prints is made from them.
 */
public final class ProjectSite {
  private static final String RESOURCE = "project.properties";

  private ProjectSite() {}

  /** The project's home page, e.g. {@code https://github.com/anthology/anthology}. */
  public static String url() {
    return Holder.PROPERTIES.getProperty("url");
  }

  /** The project's {@code docs/} folder on the web, ending in {@code /}. */
  public static String docs() {
    return Holder.PROPERTIES.getProperty("docs");
  }

  /** Read once, on first use: a run that prints no link never reads it. */
  private static final class Holder {
    static final Properties PROPERTIES = load();

    private static Properties load() {
      Properties p = new Properties();
      try (InputStream in = ProjectSite.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the anthology-rules jar");
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    }
  }
}
