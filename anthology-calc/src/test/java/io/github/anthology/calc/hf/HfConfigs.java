package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.TransformerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model configuration from the test resources under {@code hf-configs/}. */
public final class HfConfigs {
  private HfConfigs() {}

  public static TransformerModel model(String name) {
    String path = "/hf-configs/" + name + ".json";
    try (InputStream in = HfConfigs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test configuration " + path);
      }
      return HfConfigReader.read(in, name + ".json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
