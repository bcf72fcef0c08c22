package io.github.anthology.calc.memory;

/** Whole shares of a quantity split across devices (a device holds the larger share). */
final class Shares {
  private Shares() {}

  static long ceilDiv(long amount, long parts) {
    return (amount + parts - 1) / parts;
  }
}
