package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** An export's tree written through a Jackson generator (JSON and JSONL). */
record JsonTreeOut(JsonGenerator g) implements TreeOut {
  @Override
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void nullValue() throws IOException {
    g.writeNull();
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void number(long value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(double value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(BigInteger value) throws IOException {
    g.writeNumber(value);
  }
}
