package io.github.anthology.io.registry;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Which texts an export quotes: Jackson's minimal quoting (reserved words such as {@code yes} and
 * {@code null}, flow indicators, {@code ": "} and {@code " #"}), plus any text a YAML 1.1 reader
 * (PyYAML, the reference system) would take for something else: a date, {@code 0x1F}, {@code on},
 * {@code ~}, and any text that reads as a number.
 */
final class YamlQuoting extends StringQuotingChecker.Default {
  static final YamlQuoting INSTANCE = new YamlQuoting();
  private static final long serialVersionUID = 1L;
  private static final Resolver YAML_11 = new Resolver();

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || !YAML_11.resolve(NodeId.scalar, value, true).equals(Tag.STR);
  }

  /** Whether a text value goes in double quotes: the rule above, or the shape of a plain number. */
  boolean quoteValue(String value) {
    return needToQuoteValue(value) || plainNumber(value);
  }

  /**
   * The shape {@code [+-]?[0-9]*(\.[0-9]*)?}, which the generator quotes so that a text of digits
   * stays a text (the empty text included).
   */
  static boolean plainNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
    }
    return i == n;
  }
}
