package io.github.anthology.cli.commands.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a count the way people write large ones: {@code 300e9}, {@code 1.4T}, {@code 7B},
 * {@code 2048}, {@code 1_000_000}. It must come to a whole number.
 */
public final class Counts implements ITypeConverter<BigInteger> {
  private static final Map<String, Integer> SUFFIX = Map.of("K", 3, "M", 6, "B", 9, "G", 9, "T", 12, "P", 15);

  @Override
  public BigInteger convert(String value) {
    String s = value.strip().replace("_", "").replace(",", "");
    int power = 0;
    String last = s.isEmpty() ? "" : s.substring(s.length() - 1).toUpperCase(Locale.ROOT);
    if (SUFFIX.containsKey(last)) {
      power = SUFFIX.get(last);
      s = s.substring(0, s.length() - 1);
    }
    try {
      return new BigDecimal(s).scaleByPowerOfTen(power).toBigIntegerExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number (write e.g. 300e9, 1.4T, 7B or 2048)");
    }
  }

  /** The count as a long, or a usage error naming {@code option}. */
  static long asLong(BigInteger n, String option) {
    if (n.bitLength() > 63) {
      throw new io.github.anthology.cli.commands.UsageError(option + " " + n + " is too large");
    }
    return n.longValue();
  }
}
