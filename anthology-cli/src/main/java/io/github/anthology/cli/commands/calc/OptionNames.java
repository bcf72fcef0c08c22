package io.github.anthology.cli.commands.calc;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.cli.commands.UsageError;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says a calculator's complaint in the command line's words: each {@code `field`} it names
 * becomes the option that sets it, so "`num_layers` must be positive" reads
 * "--num-layers (-l) must be positive".
 */
final class OptionNames {
  private static final Pattern FIELD = Pattern.compile("`([a-z0-9_]+)`");
  private static final Map<String, String> OPTIONS = Map.ofEntries(
      Map.entry("hidden_size", "--hidden-size (-hs)"),
      Map.entry("num_layers", "--num-layers (-l)"),
      Map.entry("num_attention_heads", "--num-attention-heads (-a)"),
      Map.entry("num_key_value_heads", "--num-kv-heads (or -kv)"),
      Map.entry("head_dim", "--head-dim"),
      Map.entry("intermediate_size", "--ffn-hidden-size (or -ff)"),
      Map.entry("num_mlp_linears", "--num-mlp-linears (-nl)"),
      Map.entry("vocab_size", "--vocab-size (-v)"),
      Map.entry("max_position_embeddings", "--max-position-embeddings"),
      Map.entry("norms_per_layer", "--norms-per-layer"),
      Map.entry("num_experts", "--num-experts (-e)"),
      Map.entry("experts_per_token", "--topk (-t)"),
      Map.entry("expert_interval", "--expert-interval (-ei)"),
      Map.entry("tokens", "--tokens"),
      Map.entry("sequence_length", "--sequence-length (-s)"),
      Map.entry("num_gpus", "--num-gpus"),
      Map.entry("tensor_parallel_size", "--tensor-parallel-size (-tp)"),
      Map.entry("pipeline_parallel_size", "--pipeline-parallel-size (-pp)"),
      Map.entry("expert_parallelism", "--expert-parallelism (-ep)"),
      Map.entry("zero_stage", "--zero-stage (-z)"),
      Map.entry("batch_size_per_gpu", "--batch-size-per-gpu (-b)"),
      Map.entry("output_tokens", "--output-tokens (-o)"),
      Map.entry("low_prec_bytes_per_val", "--low-prec-bytes-per-val"),
      Map.entry("high_prec_bytes_per_val", "--high-prec-bytes-per-val"),
      Map.entry("bytes_per_grad_ele", "--bytes-per-grad-ele"),
      Map.entry("zero_allgather_bucket_size", "--zero-allgather-bucket-size (-zbs)"),
      Map.entry("zero3_max_live_params", "--zero3-max-live-params (-zmlp)"),
      Map.entry("misc_mem", "--misc-mem-gib"),
      Map.entry("params", "--params"),
      Map.entry("flops", "--flops"),
      Map.entry("tokens_per_param", "--tokens-per-param"));

  private OptionNames() {}

  /** The usage error to report for {@code e}; messages about a configuration file keep its field names. */
  static UsageError usageError(CalcInputException e, boolean aboutAFile) {
    if (aboutAFile) {
      return new UsageError(e.getMessage());
    }
    Matcher m = FIELD.matcher(e.getMessage());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(OPTIONS.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(out);
    return new UsageError(out.toString());
  }
}
