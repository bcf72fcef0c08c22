package io.github.anthology.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile variants of a file, from a seeded random source: bytes flipped, lines deleted,
 * duplicated or swapped, the file cut short, odd Unicode inserted (NUL, ESC, a bidi override, a
 * byte-order mark, emoji, bytes that are not UTF-8, a line separator), a line's indentation shifted.
 * One to three mutations a variant, so most variants stay nearly valid and reach deep code.
 */
public final class Mutations {
  private static final String[] ODD = {"\u0000", "\u001b[31m", "\u202e", "\uFEFF", "\uD83D\uDE00", "\u2028", "\n",
      "\t", "::error::x", "*", "&a ", "!!python/object ", "<<: *a", "{", "]", "\"", "'", ": ", "- ", "#"};
  private final Random random;

  public Mutations(long seed) {
    this.random = new Random(seed);
  }

  /** A mutant of {@code original}. */
  public byte[] mutate(byte[] original) {
    byte[] out = original;
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out = once(out);
    }
    return out;
  }

  private byte[] once(byte[] in) {
    return switch (random.nextInt(8)) {
      case 0 -> flipByte(in);
      case 1 -> truncate(in);
      case 2 -> insertOdd(in);
      case 3 -> lines(in, Op.DELETE);
      case 4 -> lines(in, Op.DUPLICATE);
      case 5 -> lines(in, Op.SWAP);
      case 6 -> lines(in, Op.INDENT);
      default -> lines(in, Op.DEDENT);
    };
  }

  private byte[] flipByte(byte[] in) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    int at = random.nextInt(out.length);
    out[at] = (byte) (random.nextBoolean() ? out[at] ^ (1 << random.nextInt(8)) : random.nextInt(256));
    return out;
  }

  private byte[] truncate(byte[] in) {
    return in.length == 0 ? in : Arrays.copyOf(in, random.nextInt(in.length));
  }

  private byte[] insertOdd(byte[] in) {
    byte[] odd = random.nextInt(10) == 0 ? new byte[] {(byte) 0xC3, (byte) 0x28}
        : ODD[random.nextInt(ODD.length)].getBytes(StandardCharsets.UTF_8);
    int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
    byte[] out = new byte[in.length + odd.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(odd, 0, out, at, odd.length);
    System.arraycopy(in, at, out, at + odd.length, in.length - at);
    return out;
  }

  private enum Op { DELETE, DUPLICATE, SWAP, INDENT, DEDENT }

  private byte[] lines(byte[] in, Op op) {
    List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.ISO_8859_1).split("\n", -1)));
    if (lines.size() < 2) {
      return in;
    }
    int i = random.nextInt(lines.size());
    int j = random.nextInt(lines.size());
    switch (op) {
      case DELETE -> lines.remove(i);
      case DUPLICATE -> lines.add(i, lines.get(i));
      case SWAP -> lines.set(j, lines.set(i, lines.get(j)));
      case INDENT -> lines.set(i, " ".repeat(1 + random.nextInt(2)) + lines.get(i));
      case DEDENT -> lines.set(i, lines.get(i).replaceFirst("^ {1,2}", ""));
      default -> throw new IllegalStateException(op.toString());
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
