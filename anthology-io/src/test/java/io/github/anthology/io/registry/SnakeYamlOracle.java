package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.anthology.model.Anthology;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * How registry.yaml was written before the streamed writer: the same calls, through Jackson's YAML
 * generator and SnakeYAML's emitter. The streamed writer must give these bytes exactly.
 */
final class SnakeYamlOracle {
  private SnakeYamlOracle() {}

  static String export(Anthology anthology, ExportOptions options) {
    return emit(g -> RegistryWriter.document(g, anthology, options,
        () -> io.github.anthology.model.stats.RegistryStatistics.of(anthology)));
  }

  /** Any tree of maps, lists and scalars, as a kept value is written. */
  static String value(Object value) {
    return emit(g -> RecordWriter.value(g, value));
  }

  static String streamedValue(Object value) {
    StringWriter out = new StringWriter();
    try {
      YamlTreeOut yaml = new YamlTreeOut(out);
      RecordWriter.value(yaml, value);
      yaml.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private interface Body {
    void write(TreeOut out) throws IOException;
  }

  private static String emit(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.YAML.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      body.write(new JsonTreeOut(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
