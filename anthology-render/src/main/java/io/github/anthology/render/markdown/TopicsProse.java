package io.github.anthology.render.markdown;

/** The fixed sections of TOPICS.md: how topics are named and how the taxonomy is kept. */
final class TopicsProse {
  static final String CONVENTIONS = """
      ## Naming Conventions

      1. **Format**: lowercase words joined by hyphens (`naming/format`).
         ```
         yes: training-optimization
         no:  TrainingOptimization, training_optimization, training optimization
         ```

      2. **Process topics** name an activity and carry a gerund, an -ing word (`naming/process-gerund`).
         ```
         yes: training-optimization, model-scaling
         no:  train-optimization, scale-models
         ```

      3. **Component topics** name a part of a system and carry no gerund (`naming/component-noun`).
         ```
         yes: model-architecture, attention-techniques
         no:  modeling-architecture, attending-techniques
         ```

      4. **Suffixes** say what a topic gathers (`naming/standard-suffix`):
         - `-optimization`: making something faster or cheaper
         - `-techniques`: ways of doing something
         - `-architecture`: how something is built
         - `-pipeline`: a flow of stages
      """;

  static final String MAINTENANCE = """
      ## Maintenance Rules

      1. **Tagging**: every recommendation has exactly one primary topic, the most specific that
         applies; secondary topics are optional (`taxonomy/single-primary-topic`).

      2. **Adding a topic**: the name follows the conventions above; the topic states its kind,
         summary and scope, and its scope does not overlap another topic's (`taxonomy/metadata`,
         `taxonomy/scope-disjoint`).

      3. **Merging topics**: when two active topics share more than half of the recommendations
         (or scope items) of the smaller one, they become one; every recommendation and reference
         moves to the surviving name, and the old name goes into its `previously` list
         (`taxonomy/overlap-merge`, `anthology topic merge`).

      4. **Splitting a topic**: when a topic grows too broad, it is split along a stated criterion
         into names that follow the same conventions (`taxonomy/too-broad`, `anthology topic split`).

      5. **Deprecating a topic**: the topic stays in the taxonomy marked deprecated, with a reason,
         a date and its replacement, and its recommendations are retagged
         (`taxonomy/deprecation-record`, `anthology topic deprecate`).
      """;

  private TopicsProse() {}
}
