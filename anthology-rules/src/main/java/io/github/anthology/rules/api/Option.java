package io.github.anthology.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed rule option: a name, a description, a default, and a parser that turns a configured
 * value into the type or says what is wrong with it.
 */
public final class Option<T> {
  private final String name;
  private final String description;
  private final T defaultValue;
  private final String type;
  private final Function<Object, T> parser;

  private Option(String name, String description, T defaultValue, String type, Function<Object, T> parser) {
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    this.defaultValue = defaultValue;
    this.type = type;
    this.parser = parser;
  }

  public static Option<Integer> integer(String name, String description, int def, int min, int max) {
    return new Option<>(name, description, def, "integer",
        raw -> {
          if (!(raw instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("must be a whole number");
          }
          if (n.intValue() < min || n.intValue() > max) {
            throw new IllegalArgumentException("must be between " + min + " and " + max);
          }
          return n.intValue();
        });
  }

  public static Option<Double> decimal(String name, String description, double def, double min, double max) {
    return new Option<>(name, description, def, "number",
        raw -> {
          if (!(raw instanceof Number n)) {
            throw new IllegalArgumentException("must be a number");
          }
          if (n.doubleValue() < min || n.doubleValue() > max) {
            throw new IllegalArgumentException("must be between " + min + " and " + max);
          }
          return n.doubleValue();
        });
  }

  public static Option<Boolean> bool(String name, String description, boolean def) {
    return new Option<>(name, description, def, "boolean",
        raw -> {
          if (!(raw instanceof Boolean b)) {
            throw new IllegalArgumentException("must be true or false");
          }
          return b;
        });
  }

  /** One of a fixed set of words, e.g. a measure's name. */
  public static Option<String> choice(String name, String description, String def, List<String> values) {
    return new Option<>(name, description, def, "one of " + String.join(", ", values),
        raw -> {
          if (!(raw instanceof String s) || !values.contains(s)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", values));
          }
          return s;
        });
  }

  public static Option<List<String>> strings(String name, String description, List<String> def) {
    return new Option<>(name, description, List.copyOf(def), "list of strings",
        raw -> {
          if (!(raw instanceof List<?> list)) {
            throw new IllegalArgumentException("must be a list of strings");
          }
          List<String> out = new ArrayList<>();
          for (Object o : list) {
            if (!(o instanceof String s)) {
              throw new IllegalArgumentException("must be a list of strings");
            }
            out.add(s);
          }
          return List.copyOf(out);
        });
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** The type, in words, for documentation and error messages. */
  public String type() {
    return type;
  }

  /** The typed value of a configured raw value; throws IllegalArgumentException saying why not. */
  public T parse(Object raw) {
    return parser.apply(raw);
  }
}
