package io.github.anthology.bench.generate;

import java.util.List;

/** The vocabulary generated registries are made of: ML-training words, names and models. */
final class Words {
  private Words() {}

  static final List<String> NOUNS = split("""
      attention optimizer gradient memory data tokenizer checkpoint kernel communication embeddings
      normalization activation loss batch sequence context retrieval sparsity quantization
      distillation precision parallelism sharding curriculum augmentation evaluation alignment
      reward preference inference warmup regularization dropout initialization residual expert
      mixture vision speech audio video multimodal graph contrastive diffusion adapter prompt
      instruction dialogue code math reasoning safety robustness calibration uncertainty privacy
      compression hardware compiler fusion dataset deduplication benchmark position recurrence
      convolution transformer tensor vocabulary encoder decoder layer head weight bias schedule
      throughput latency bandwidth cache buffer stream shard replica pipeline""");

  static final List<String> GERUNDS = split("""
      training scaling tuning serving filtering sampling scheduling decoding caching routing
      labeling profiling monitoring pruning clipping mixing packing balancing batching streaming
      logging merging ranking searching planning""");

  static final List<String> QUALIFIERS = split("""
      long low mixed adaptive dynamic sparse dense efficient distributed robust stable large small
      multi cross self semi online offline continual hierarchical structured learned implicit
      explicit early late fast scalable""");

  static final List<String> VERBS = split("""
      use prefer apply keep scale monitor track avoid enable tune increase reduce limit combine
      initialize schedule cache shard overlap fuse normalize clip warm anneal filter deduplicate
      balance pack prefetch profile validate measure compare replace""");

  static final List<String> ADJECTIVES = split("""
      small large adaptive stable per-layer global local early late separate shared frozen learned
      fixed dynamic sparse dense low-rank full half mixed gradual aggressive conservative
      asynchronous synchronous hierarchical linear cosine exponential quadratic noisy clean
      balanced skewed long short deep shallow wide narrow""");

  static final List<String> PREPOSITIONS = split("for with during before after across within under");

  static final List<String> QUALIFYING = split("""
      when-memory-is-tight for-large-models at-scale in-early-training for-long-contexts
      on-multi-node-clusters for-small-datasets when-loss-spikes for-decoder-only-models
      with-mixed-precision""");

  static final List<String> MODELS = split("""
      llama2 llama3 gpt-3 gpt-4 palm chinchilla mistral mixtral bert t5 vit clip whisper gemma
      falcon bloom opt""");

  static final List<String> SYLLABLES = split("""
      an ber chen dar el fen gor han is jun ka lin mor nak os pet qui ras sun tor ul vas wen xu
      yam zho bel cor dim fal gus hol ivo jar kel lum mar nor ori pal rin sel tam uma vik""");

  static final List<String> REASONS = List.of(
      "Superseded by simpler methods that match its results",
      "Results did not reproduce at larger scale",
      "Too domain-specific for general training recommendations",
      "Later work showed the benefit disappears with better tuning");

  private static List<String> split(String words) {
    return List.of(words.trim().split("\\s+"));
  }
}
