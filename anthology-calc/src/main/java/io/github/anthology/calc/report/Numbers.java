package io.github.anthology.calc.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for tables: grouped exact integers beside short human forms. */
final class Numbers {
  private static final String[] SI = {"", "K", "M", "B", "T", "P", "E", "Z", "Y"};

  private Numbers() {}

  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String grouped(BigInteger n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** 6738415616 as "6.74 B" (thousands, as the cookbook prints them). */
  static String count(long n) {
    int i = 0;
    double v = n;
    while (Math.abs(v) >= 1000 && i < SI.length - 1) {
      v /= 1000;
      i++;
    }
    return i == 0 ? String.valueOf(n) : String.format(Locale.ROOT, "%.2f %s", v, SI[i]);
  }

  /** FLOPs in scientific notation, "1.23e21". */
  static String scientific(BigInteger n) {
    if (n.signum() == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(n).round(new MathContext(3));
    int exponent = d.precision() - d.scale() - 1;
    BigDecimal mantissa = d.movePointLeft(exponent);
    return String.format(Locale.ROOT, "%.2fe%d", mantissa, exponent);
  }

  /** Bytes in GiB with two decimals. */
  static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
  }
}
