package io.github.anthology.cli.commands.calc;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.hf.HfConfigReader;
import io.github.anthology.calc.model.ImmutableTransformerModel;
import io.github.anthology.calc.model.Mlp;
import io.github.anthology.calc.model.Norm;
import io.github.anthology.calc.model.Positions;
import io.github.anthology.calc.model.TransformerModel;
import io.github.anthology.cli.commands.UsageError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The model a calc command works on: a Hugging Face {@code config.json}, the cookbook's size
 * options, or both (an option overrides the file). Without a file the sizes default to the
 * cookbook's (44 layers of 6144 with 64 heads, a 51,200-token vocabulary) on a rotary, LayerNorm,
 * bias-free block.
 */
public final class ModelOptions {
  @Option(names = "--hf-config", paramLabel = "FILE", description = "A Hugging Face config.json to read the model from.")
  Path hfConfig;

  @Option(names = {"-l", "--num-layers"}, paramLabel = "N", description = "Transformer blocks (default 44).")
  Integer layers;

  @Option(names = {"-hs", "--hidden-size"}, paramLabel = "N", description = "Hidden size (default 6144).")
  Integer hidden;

  @Option(names = {"-a", "--num-attention-heads"}, paramLabel = "N", description = "Query heads (default 64).")
  Integer heads;

  @Option(names = {"--num-kv-heads", "--num-key-value-heads"}, paramLabel = "N",
      description = "Key/value heads: as many as query heads for MHA, fewer for GQA, 1 for MQA.")
  Integer kvHeads;

  @Option(names = {"-kv", "--kv-size-ratio"}, paramLabel = "R",
      description = "Key/value heads as a fraction of query heads (the cookbook's form of --num-kv-heads).")
  BigDecimal kvRatio;

  @Option(names = "--head-dim", paramLabel = "N", description = "Width of a head when it is not hidden size / heads.")
  Integer headDim;

  @Option(names = {"--ffn-hidden-size", "--intermediate-size"}, paramLabel = "N", description = "The MLP's inner width.")
  Long ffn;

  @Option(names = {"-ff", "--ffn-expansion-factor"}, paramLabel = "F",
      description = "Inner width as a multiple of the hidden size, e.g. 2.6875 for 11008/4096 (default 4).")
  BigDecimal ffnFactor;

  @Option(names = {"-nl", "--num-mlp-linears"}, paramLabel = "N", description = "2 (plain MLP) or 3 (gated: SwiGLU, GeGLU).")
  Integer mlpLinears;

  @Option(names = {"-v", "--vocab-size"}, paramLabel = "N", description = "Vocabulary (default 51200).")
  Long vocab;

  @Option(names = "--tied-embeddings", negatable = true, description = "The output layer reuses the token embedding.")
  Boolean tied;

  @Option(names = "--positions", paramLabel = "KIND", description = "learned, rotary (default), alibi or none.")
  Positions positions;

  @Option(names = "--max-position-embeddings", paramLabel = "N",
      description = "Rows of a learned position table (default: the sequence length).")
  Long positionRows;

  @Option(names = "--norm", paramLabel = "KIND", description = "layer_norm (default) or rms_norm.")
  Norm norm;

  @Option(names = "--norms-per-layer", paramLabel = "N", description = "Normalisation layers in a block (default 2).")
  Integer normsPerLayer;

  @Option(names = "--attention-bias", negatable = true, description = "Biases on the attention projections.")
  Boolean attentionBias;

  @Option(names = "--mlp-bias", negatable = true, description = "Biases on the MLP matrices.")
  Boolean mlpBias;

  @Option(names = "--moe", description = "A mixture of experts (8 experts unless -e says otherwise).")
  boolean moe;

  @Option(names = {"-e", "--num-experts"}, paramLabel = "N", description = "Experts of a mixture-of-experts block.")
  Integer experts;

  @Option(names = {"-t", "--topk"}, paramLabel = "K", description = "Experts each token is routed to (default 1).")
  Integer topK;

  @Option(names = {"-ei", "--expert-interval"}, paramLabel = "N", description = "Every N-th block holds experts (default 1).")
  Integer expertInterval;

  @Option(names = {"-s", "--sequence-length"}, paramLabel = "N", defaultValue = "2048",
      description = "Sequence length (default ${DEFAULT-VALUE}).")
  long sequenceLength;

  /** Whether anything describes a model (a file or a size option). */
  boolean given() {
    return hfConfig != null || Stream.of(layers, hidden, heads, kvHeads, kvRatio, headDim, ffn, ffnFactor, mlpLinears,
        vocab, tied, positions, positionRows, norm, normsPerLayer, attentionBias, mlpBias, experts, topK, expertInterval)
        .anyMatch(o -> o != null) || moe;
  }

  /** The described model; bad input is a usage error naming the option, or the file and field. */
  TransformerModel model() {
    ImmutableTransformerModel.Builder b = TransformerModel.builder();
    if (hfConfig != null) {
      b.from(read(hfConfig));
    } else {
      b.layers(44).hiddenSize(6144).heads(64).vocabSize(51200);
    }
    try {
      return overrides(b).build();
    } catch (CalcInputException e) {
      throw OptionNames.usageError(e, false);
    }
  }

  private ImmutableTransformerModel.Builder overrides(ImmutableTransformerModel.Builder b) {
    TransformerModel base = b.build();
    int h = hidden != null ? hidden : base.hiddenSize();
    int a = heads != null ? heads : base.heads();
    Optional.ofNullable(layers).ifPresent(b::layers);
    Optional.ofNullable(hidden).ifPresent(b::hiddenSize);
    Optional.ofNullable(heads).ifPresent(b::heads);
    Optional.ofNullable(headDim).ifPresent(b::headDim);
    if (kvRatio != null) {
      b.kvHeads(whole(kvRatio.multiply(BigDecimal.valueOf(a)), "-kv " + kvRatio + " of " + a + " heads"));
    }
    Optional.ofNullable(kvHeads).ifPresent(b::kvHeads);
    if (ffnFactor != null) {
      b.intermediateSize(whole(ffnFactor.multiply(BigDecimal.valueOf(h)), "-ff " + ffnFactor + " × hidden size " + h));
    }
    Optional.ofNullable(ffn).ifPresent(b::intermediateSize);
    Optional.ofNullable(mlpLinears).ifPresent(n -> b.mlp(Mlp.ofMatrices(n)));
    Optional.ofNullable(vocab).ifPresent(b::vocabSize);
    Optional.ofNullable(tied).ifPresent(b::tiedEmbeddings);
    Optional.ofNullable(positions).ifPresent(b::positions);
    if (positions == Positions.LEARNED) {
      b.learnedPositions(positionRows != null ? positionRows : sequenceLength);
    } else if (positions != null) {
      b.learnedPositions(0);
    }
    Optional.ofNullable(norm).ifPresent(b::norm);
    Optional.ofNullable(normsPerLayer).ifPresent(b::normsPerLayer);
    Optional.ofNullable(attentionBias).ifPresent(on -> b.qkvBias(on).attentionOutputBias(on));
    Optional.ofNullable(mlpBias).ifPresent(b::mlpBias);
    if (experts != null || moe) {
      b.experts(experts != null ? experts : 8);
    }
    Optional.ofNullable(topK).ifPresent(b::expertsPerToken);
    Optional.ofNullable(expertInterval).ifPresent(b::expertInterval);
    return b;
  }

  private static int whole(BigDecimal value, String what) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new UsageError(what + " is " + value.stripTrailingZeros().toPlainString() + ", not a whole number");
    }
  }

  private static TransformerModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return HfConfigReader.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new UsageError("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageError("cannot read " + file + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    } catch (CalcInputException e) {
      throw OptionNames.usageError(e, true);
    }
  }
}
