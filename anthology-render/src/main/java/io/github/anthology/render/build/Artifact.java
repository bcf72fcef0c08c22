package io.github.anthology.render.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One output file of a build: its path relative to the output directory, and its content, written
 * on demand straight to a destination (a file of a 100k-recommendation build is tens of megabytes,
 * better never held whole as one String).
 */
public record Artifact(String path, Content content) {

  /** Writes an artifact's text; the same input always writes the same text. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** The content as one String (small registries and tests). */
  public String text() {
    StringWriter out = new StringWriter();
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
