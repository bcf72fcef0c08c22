package io.github.anthology.io.registry;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Where an export's tree of maps, lists and scalars goes, token by token: Jackson's generator for
 * JSON and JSONL ({@link JsonTreeOut}), the streamed block writer for YAML ({@link YamlTreeOut}).
 * One record writer serves every format.
 */
interface TreeOut {
  void startObject() throws IOException;

  void endObject() throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  /** The key of the next value of the object being written. */
  void name(String name) throws IOException;

  void string(String value) throws IOException;

  void nullValue() throws IOException;

  void bool(boolean value) throws IOException;

  void number(long value) throws IOException;

  void number(double value) throws IOException;

  void number(BigDecimal value) throws IOException;

  void number(BigInteger value) throws IOException;

  default void stringField(String name, String value) throws IOException {
    name(name);
    string(value);
  }

  default void nullField(String name) throws IOException {
    name(name);
    nullValue();
  }

  default void numberField(String name, long value) throws IOException {
    name(name);
    number(value);
  }

  default void objectField(String name) throws IOException {
    name(name);
    startObject();
  }

  default void arrayField(String name) throws IOException {
    name(name);
    startArray();
  }
}
