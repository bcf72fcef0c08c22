package io.github.anthology.calc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.anthology.calc.model.TransformerModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Writes one indented JSON object; every report's {@code model} member is written here. */
final class JsonOut {
  private static final JsonFactory JSON = new JsonFactory();

  /** What a report writes into the object it is given. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private JsonOut() {}

  static String object(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  static void model(JsonGenerator g, TransformerModel m) throws IOException {
    g.writeObjectFieldStart("model");
    g.writeNumberField("hidden_size", m.hiddenSize());
    g.writeNumberField("num_layers", m.layers());
    g.writeNumberField("num_attention_heads", m.heads());
    g.writeNumberField("num_key_value_heads", m.kvHeads());
    g.writeNumberField("head_dim", m.headDim());
    g.writeNumberField("intermediate_size", m.intermediateSize());
    g.writeStringField("mlp", name(m.mlp()));
    g.writeNumberField("vocab_size", m.vocabSize());
    g.writeBooleanField("tie_word_embeddings", m.tiedEmbeddings());
    g.writeStringField("positions", name(m.positions()));
    g.writeNumberField("learned_positions", m.learnedPositions());
    g.writeStringField("norm", name(m.norm()));
    g.writeNumberField("norms_per_layer", m.normsPerLayer());
    g.writeBooleanField("final_norm", m.finalNorm());
    g.writeBooleanField("qkv_bias", m.qkvBias());
    g.writeBooleanField("attention_output_bias", m.attentionOutputBias());
    g.writeBooleanField("mlp_bias", m.mlpBias());
    g.writeBooleanField("parallel_residual", m.parallelResidual());
    g.writeNumberField("num_experts", m.experts());
    g.writeNumberField("experts_per_token", m.expertsPerToken());
    g.writeNumberField("expert_interval", m.expertInterval());
    g.writeEndObject();
  }

  static void longs(JsonGenerator g, String field, Map<String, Long> values) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Long> e : values.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /** An enum constant as the reports spell it: {@code RMS_NORM} → {@code rms_norm}. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
