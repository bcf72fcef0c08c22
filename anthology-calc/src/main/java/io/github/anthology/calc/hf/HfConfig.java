package io.github.anthology.calc.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.anthology.calc.CalcInputException;
import java.util.Optional;

/** The fields of one parsed {@code config.json}; a missing or mistyped field fails with its name and the source. */
final class HfConfig {
  private final JsonNode root;
  private final String source;

  HfConfig(JsonNode root, String source) {
    this.root = root;
    this.source = source;
  }

  String source() {
    return source;
  }

  /** The integer under the first of {@code names} present (Hugging Face spells some fields two ways). */
  int integer(String... names) {
    return optionalInteger(names).orElseThrow(() -> new CalcInputException(names[0],
        source + ": field `" + names[0] + "` is missing" + (names.length > 1 ? " (nor is `" + names[1] + "` there)" : "")));
  }

  /** The integer under the first of {@code names} present and not null. */
  Optional<Integer> optionalInteger(String... names) {
    for (String name : names) {
      JsonNode node = root.get(name);
      if (node == null || node.isNull()) {
        continue;
      }
      if (!node.canConvertToInt() || !node.isIntegralNumber()) {
        throw new CalcInputException(name, source + ": field `" + name + "` must be an integer, got " + node);
      }
      return Optional.of(node.intValue());
    }
    return Optional.empty();
  }

  int integerOr(String name, int otherwise) {
    return optionalInteger(name).orElse(otherwise);
  }

  boolean bool(String name, boolean otherwise) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return otherwise;
    }
    if (!node.isBoolean()) {
      throw new CalcInputException(name, source + ": field `" + name + "` must be true or false, got " + node);
    }
    return node.booleanValue();
  }

  Optional<String> text(String name) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new CalcInputException(name, source + ": field `" + name + "` must be a string, got " + node);
    }
    return Optional.of(node.textValue());
  }

  /** Fails naming {@code field}: a value this reader cannot describe exactly. */
  CalcInputException unsupported(String field, String why) {
    return new CalcInputException(field, source + ": field `" + field + "`: " + why);
  }
}
