package io.github.anthology.bench.generate;

/**
 * What to generate: how many recommendations, from which seed, over how many topics, and how
 * often the realistic irregularities occur (rates are per recommendation or per paper).
 */
public record GeneratorSettings(
    int recommendations,
    long seed,
    int topics,
    double nearDuplicateRate,
    double exactDuplicateRate,
    double supersessionRate,
    double atticRate,
    double experimentalRate,
    double itemTopicRate,
    double defectRate) {

  public GeneratorSettings {
    if (recommendations < 1 || topics < 10) {
      throw new IllegalArgumentException("need at least one recommendation and ten topics");
    }
  }

  /** The standard workload of a given size: about 2,000 topics, seed 42. */
  public static GeneratorSettings of(int recommendations) {
    return new GeneratorSettings(recommendations, 42L, 2000, 0.005, 0.001, 0.01, 0.02, 0.05, 0.15, 0.001);
  }

  public GeneratorSettings withSeed(long newSeed) {
    return new GeneratorSettings(recommendations, newSeed, topics, nearDuplicateRate, exactDuplicateRate,
        supersessionRate, atticRate, experimentalRate, itemTopicRate, defectRate);
  }

  public GeneratorSettings withTopics(int count) {
    return new GeneratorSettings(recommendations, seed, count, nearDuplicateRate, exactDuplicateRate,
        supersessionRate, atticRate, experimentalRate, itemTopicRate, defectRate);
  }
}
