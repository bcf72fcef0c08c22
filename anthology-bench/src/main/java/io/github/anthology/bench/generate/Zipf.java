package io.github.anthology.bench.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few big, many small. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, exponent);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = i >= 0 ? i : -i - 1;
    return Math.min(rank, cumulative.length - 1);
  }

  int size() {
    return cumulative.length;
  }
}
