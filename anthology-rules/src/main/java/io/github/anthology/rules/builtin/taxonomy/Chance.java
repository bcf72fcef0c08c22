package io.github.anthology.rules.builtin.taxonomy;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * How likely two topics would share at least as many recommendations as they do if each tagged
 * its recommendations independently of the other: the upper tail of the hypergeometric
 * distribution over the recommendations that carry any topic tag. Symmetric in the two
 * topics, as the overlap is.
 */
final class Chance {
  private Chance() {}

  static double ofSharing(Cooccurrence.Pair pair, int population) {
    int n = Math.max(population, Math.max(pair.sizeA(), pair.sizeB()));
    return HypergeometricDistribution.of(n, pair.sizeA(), pair.sizeB()).survivalProbability(pair.shared() - 1);
  }
}
