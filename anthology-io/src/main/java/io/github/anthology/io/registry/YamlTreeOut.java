package io.github.anthology.io.registry;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An export written as block-style YAML straight to its writer, token by token, with no event queue
 * or node tree: the bytes SnakeYAML's emitter writes behind Jackson's YAML generator as the export
 * configures it (no document marker, no folded lines, minimal quotes, texts that read as something
 * else quoted; see {@link YamlQuoting}), which a test checks against that emitter. Lists under a key
 * are not indented; an empty list or map is written {@code []} or {@code {}}; a key of 128
 * characters or more, or of more than one line, is written {@code ? key} then {@code : value}.
 */
final class YamlTreeOut extends YamlPrinter implements TreeOut {
  private static final byte SEQUENCE = 1;
  private static final byte MAPPING = 2;
  /** A mapping's state: its next event is a key, the value of a simple key, or of a {@code ?} key. */
  private static final byte KEY = 0;
  private static final byte SIMPLE_VALUE = 1;
  private static final byte COMPLEX_VALUE = 2;

  /** Keys recur (field names, topics): the style of each, and whether it is a {@code ?} key, worked out once. */
  private static final int COMPLEX_KEY = 8;
  private static final int NAMES_KEPT = 10_000;
  private final Map<String, Integer> names = new HashMap<>();
  /** The characters of the text being written, copied once: loops over an array, not {@code charAt}. */
  private char[] scratch = new char[256];
  private byte[] kinds = new byte[16];
  private byte[] states = new byte[16];
  private int[] indents = new int[16];
  private int depth;
  /** A collection started but not yet known to hold anything (0 if none), and whether it is a mapping's value. */
  private byte pending;
  private boolean pendingInMapping;

  YamlTreeOut(Writer out) {
    super(out);
  }

  /** Ends the document with its last line break. */
  void finish() throws IOException {
    writeIndent();
    out.flush();
  }

  @Override
  public void startObject() throws IOException {
    start(MAPPING);
  }

  @Override
  public void startArray() throws IOException {
    start(SEQUENCE);
  }

  @Override
  public void endObject() throws IOException {
    end("{}");
  }

  @Override
  public void endArray() throws IOException {
    end("[]");
  }

  private void start(byte kind) throws IOException {
    pendingInMapping = node();
    pending = kind;
  }

  private void end(String empty) throws IOException {
    if (pending != 0) {
      pending = 0;
      indicator(empty.substring(0, 1), true, true, false);
      indicator(empty.substring(1), false, false, false);
    } else {
      depth--;
      indent = indents[depth];
    }
  }

  /** A started collection has content: it is a block, and its indentation is set. */
  private void open() {
    if (pending == 0) {
      return;
    }
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      states = Arrays.copyOf(states, depth * 2);
      indents = Arrays.copyOf(indents, depth * 2);
    }
    boolean indentless = pending == SEQUENCE && pendingInMapping && !indention;
    indents[depth] = indent;
    kinds[depth] = pending;
    states[depth] = KEY;
    depth++;
    indent = indent < 0 ? 0 : indentless ? indent : indent + 2;
    pending = 0;
  }

  /** What comes before a node in its parent ({@code -} or {@code :}); whether the node is a mapping's value. */
  private boolean node() throws IOException {
    open();
    if (depth == 0) {
      return false;
    }
    int top = depth - 1;
    if (kinds[top] == SEQUENCE) {
      writeIndent();
      indicator("-", true, false, true);
      return false;
    }
    if (states[top] == SIMPLE_VALUE) {
      indicator(":", false, false, false);
    } else {
      writeIndent();
      indicator(":", true, false, true);
    }
    states[top] = KEY;
    return true;
  }

  @Override
  public void name(String name) throws IOException {
    open();
    writeIndent();
    Integer known = names.get(name);
    int style;
    if (known != null) {
      style = known;
    } else {
      int asked = YamlQuoting.INSTANCE.needToQuoteName(name) ? YamlScalars.DOUBLE_QUOTED : YamlScalars.PLAIN;
      style = YamlScalars.simpleKey(name) ? YamlScalars.style(name, asked, true) : COMPLEX_KEY | asked;
      if (names.size() < NAMES_KEPT) {
        names.put(name, style);
      }
    }
    if ((style & COMPLEX_KEY) == 0) {
      scalar(name, style);
      states[depth - 1] = SIMPLE_VALUE;
    } else {
      indicator("?", true, false, true);
      scalar(name, YamlScalars.style(name, style & ~COMPLEX_KEY, false));
      states[depth - 1] = COMPLEX_VALUE;
    }
  }

  @Override
  public void string(String value) throws IOException {
    int n = value.length();
    if (n > scratch.length) {
      scratch = new char[Math.max(n, scratch.length * 2)];
    }
    value.getChars(0, n, scratch, 0);
    if (YamlScalars.ordinaryPlain(scratch, n)) {
      node();
      plain(scratch, n);
      return;
    }
    int asked;
    if (value.isEmpty()) {
      asked = YamlScalars.DOUBLE_QUOTED;
    } else if (value.indexOf('\n') >= 0) {
      asked = YamlScalars.LITERAL;
    } else {
      asked = YamlQuoting.INSTANCE.quoteValue(value) ? YamlScalars.DOUBLE_QUOTED : YamlScalars.PLAIN;
    }
    value(value, asked);
  }

  @Override
  public void nullValue() throws IOException {
    value("null", YamlScalars.PLAIN);
  }

  @Override
  public void bool(boolean value) throws IOException {
    value(value ? "true" : "false", YamlScalars.PLAIN);
  }

  /** A whole number's digits are always written plain. */
  @Override
  public void number(long value) throws IOException {
    node();
    plain(Long.toString(value));
  }

  @Override
  public void number(double value) throws IOException {
    value(String.valueOf(value), YamlScalars.PLAIN);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    value(value.toPlainString(), YamlScalars.PLAIN);
  }

  @Override
  public void number(BigInteger value) throws IOException {
    value(value.toString(), YamlScalars.PLAIN);
  }

  private void value(String text, int asked) throws IOException {
    node();
    scalar(text, YamlScalars.style(text, asked, false));
  }

  /** A scalar in the style chosen for it, indented one step deeper for any line it continues on. */
  private void scalar(String text, int style) throws IOException {
    int saved = indent;
    indent = indent < 0 ? 2 : indent + 2;
    switch (style) {
      case YamlScalars.PLAIN -> plain(text);
      case YamlScalars.SINGLE_QUOTED -> singleQuoted(text);
      case YamlScalars.LITERAL -> literal(text);
      default -> doubleQuoted(text);
    }
    indent = saved;
  }
}
