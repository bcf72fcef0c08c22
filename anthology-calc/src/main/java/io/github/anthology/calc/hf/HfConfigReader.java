package io.github.anthology.calc.hf;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.model.TransformerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a Hugging Face {@code config.json} into a {@link TransformerModel}. Its {@code model_type}
 * picks the family: Llama, Mistral, Mixtral, Qwen2, Gemma and Gemma 2 (gated MLP, RMSNorm, rotary
 * positions), GPT-2, GPT-NeoX (Pythia), OPT and Falcon. Errors name the source and the field.
 */
public final class HfConfigReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Family> FAMILIES = new TreeMap<>(Map.ofEntries(
      Map.entry("llama", LlamaFamily.LLAMA),
      Map.entry("mistral", LlamaFamily.LLAMA),
      Map.entry("mixtral", LlamaFamily.LLAMA),
      Map.entry("qwen2", LlamaFamily.QWEN2),
      Map.entry("gemma", LlamaFamily.GEMMA),
      Map.entry("gemma2", LlamaFamily.GEMMA2),
      Map.entry("gpt2", new Gpt2Family()),
      Map.entry("gpt_neox", new GptNeoXFamily()),
      Map.entry("opt", new OptFamily()),
      Map.entry("falcon", new FalconFamily()),
      Map.entry("RefinedWeb", new FalconFamily()),
      Map.entry("RefinedWebModel", new FalconFamily())));

  private HfConfigReader() {}

  /** The {@code model_type} values this reader knows. */
  public static Set<String> modelTypes() {
    return Collections.unmodifiableSet(FAMILIES.keySet());
  }

  /** Reads the configuration text; {@code source} names it in messages (a file name, say). */
  public static TransformerModel read(String json, String source) {
    return read(new StringReader(json), source);
  }

  /** Reads UTF-8 configuration bytes (as Hugging Face writes them). */
  public static TransformerModel read(InputStream json, String source) {
    return read(new InputStreamReader(json, StandardCharsets.UTF_8), source);
  }

  public static TransformerModel read(Reader json, String source) {
    try {
      return map(JSON.readTree(json), source);
    } catch (JsonProcessingException e) {
      throw malformed(e, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TransformerModel map(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new CalcInputException("", source + ": a model configuration is a JSON object");
    }
    HfConfig config = new HfConfig(root, source);
    String type = config.text("model_type")
        .orElseThrow(() -> new CalcInputException("model_type", source + ": field `model_type` is missing"));
    Family family = FAMILIES.get(type);
    if (family == null) {
      throw new CalcInputException("model_type", source + ": model_type `" + type
          + "` is not a family these calculators know; known: " + String.join(", ", FAMILIES.keySet()));
    }
    try {
      return family.read(config);
    } catch (CalcInputException e) {
      if (e.getMessage().startsWith(source + ":")) {
        throw e;
      }
      throw new CalcInputException(e.field(), source + ": " + e.getMessage());
    }
  }

  private static CalcInputException malformed(JsonProcessingException e, String source) {
    JsonLocation at = e.getLocation();
    String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
    return new CalcInputException("", where + ": malformed JSON: " + e.getOriginalMessage());
  }
}
