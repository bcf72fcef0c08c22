package io.github.anthology.calc;

/**
 * An input the calculators cannot use: a size that is not positive, heads that do not divide the
 * hidden size, an unknown model type, a configuration field that is missing. {@link #field()}
 * names the input in the Hugging Face spelling ({@code hidden_size}), so a caller can point at its
 * own option or file; the message already names it.
 */
public final class CalcInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public CalcInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input at fault, e.g. {@code num_attention_heads}; empty when it is the whole document. */
  public String field() {
    return field;
  }

  /** Fails with a message naming {@code field} unless {@code value > 0}. */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new CalcInputException(field, "`" + field + "` must be positive, got " + value);
    }
    return value;
  }

  /** Fails with a message naming {@code field} unless {@code value >= 0}. */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new CalcInputException(field, "`" + field + "` must not be negative, got " + value);
    }
    return value;
  }
}
