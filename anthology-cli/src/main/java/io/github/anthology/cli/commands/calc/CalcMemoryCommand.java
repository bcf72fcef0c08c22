package io.github.anthology.cli.commands.calc;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.memory.MemoryCalculator;
import io.github.anthology.calc.memory.MemoryEstimate;
import io.github.anthology.calc.memory.MemoryRequest;
import io.github.anthology.calc.memory.Optimizer;
import io.github.anthology.calc.memory.Parallelism;
import io.github.anthology.calc.memory.Precision;
import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.report.MemoryReport;
import io.github.anthology.cli.commands.ExitCode;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code anthology calc memory}: bytes per device to train or serve a model. */
@Command(name = "memory", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Sizes one device's memory to train a model (weights, gradients, optimizer states, ZeRO",
        "buffers, activations) or, with --infer, to serve it (weights, KV cache, activations), under",
        "tensor, pipeline, expert and data parallelism and ZeRO stages 0-3."},
    footerHeading = "%nExamples:%n",
    footer = {"  anthology calc memory --hf-config config.json --num-gpus 64 -tp 2 -z 1 -b 4 -s 4096"})
public final class CalcMemoryCommand implements Callable<Integer> {
  @ParentCommand CalcCommand parent;

  @Mixin ModelOptions model;

  @Option(names = "--num-gpus", paramLabel = "N", defaultValue = "1", description = "Devices (default ${DEFAULT-VALUE}).")
  int devices;

  @Option(names = {"-tp", "--tensor-parallel-size"}, paramLabel = "N", defaultValue = "1", description = "Tensor parallelism.")
  int tensor;

  @Option(names = {"-pp", "--pipeline-parallel-size"}, paramLabel = "N", defaultValue = "1", description = "Pipeline parallelism.")
  int pipeline;

  @Option(names = {"-ep", "--expert-parallelism"}, paramLabel = "N", defaultValue = "1", description = "Ways the experts are split.")
  int expert;

  @Option(names = {"-z", "--zero-stage"}, paramLabel = "0-3", defaultValue = "0", description = "ZeRO stage (default ${DEFAULT-VALUE}).")
  int zeroStage;

  @Option(names = {"-pa", "--partition-activations", "--sequence-parallel"},
      description = "Split activations over the tensor-parallel group too (sequence parallelism).")
  boolean sequenceParallel;

  @Option(names = {"-b", "--batch-size-per-gpu"}, paramLabel = "N", defaultValue = "1", description = "Micro-batch per device.")
  long microBatch;

  @Option(names = "--recompute", paramLabel = "WHAT", defaultValue = "none",
      description = "Activation recomputation: none, selective (attention core) or full (default ${DEFAULT-VALUE}).")
  Recompute recompute;

  @Option(names = "--infer", description = "Serve instead of train: weights, KV cache and one block's activations.")
  boolean infer;

  @Option(names = {"-o", "--output-tokens"}, paramLabel = "N", defaultValue = "1", description = "Tokens generated after the prompt (serving).")
  long outputTokens;

  @Option(names = "--disable-mixed-precision", description = "Train in fp32: no low-precision copy, no master weights.")
  boolean fp32;

  @Option(names = "--low-prec-bytes-per-val", paramLabel = "N", defaultValue = "2", description = "Bytes of a low-precision value.")
  int lowBytes;

  @Option(names = "--high-prec-bytes-per-val", paramLabel = "N", defaultValue = "4", description = "Bytes of a high-precision value.")
  int highBytes;

  @Option(names = "--bytes-per-grad-ele", paramLabel = "N", defaultValue = "4", description = "Bytes of a gradient element.")
  int gradientBytes;

  @Option(names = {"-opt", "--optimizer"}, paramLabel = "NAME", defaultValue = "adamw", description = "adamw, sgd_momentum or muon.")
  Optimizer optimizer;

  @Option(names = {"-zbs", "--zero-allgather-bucket-size"}, paramLabel = "N", defaultValue = "5e8", converter = Counts.class,
      description = "Elements in ZeRO's all-gather bucket (default ${DEFAULT-VALUE}).")
  BigInteger bucket;

  @Option(names = {"-zmlp", "--zero3-max-live-params"}, paramLabel = "N", defaultValue = "1e9", converter = Counts.class,
      description = "Parameters ZeRO-3 keeps gathered (default ${DEFAULT-VALUE}).")
  BigInteger liveParams;

  @Option(names = "--misc-mem-gib", paramLabel = "GIB", defaultValue = "0", description = "Framework overhead per device, GiB.")
  long miscGib;

  @Mixin Format format;

  @Override
  public Integer call() {
    MemoryEstimate memory;
    try {
      memory = MemoryCalculator.estimate(MemoryRequest.builder()
          .model(model.model())
          .parallelism(Parallelism.builder().devices(devices).tensor(tensor).pipeline(pipeline).expert(expert)
              .zeroStage(zeroStage).sequenceParallel(sequenceParallel).build())
          .precision(Precision.builder().mixed(!fp32).lowBytes(lowBytes).highBytes(highBytes)
              .gradientBytes(gradientBytes).optimizer(optimizer).build())
          .microBatch(microBatch).sequenceLength(model.sequenceLength).inference(infer).outputTokens(outputTokens)
          .recompute(recompute)
          .zeroBucketElements(Counts.asLong(bucket, "--zero-allgather-bucket-size"))
          .zero3LiveParameters(Counts.asLong(liveParams, "--zero3-max-live-params"))
          .miscBytes(Math.multiplyExact(miscGib, 1L << 30))
          .build());
    } catch (CalcInputException e) {
      throw OptionNames.usageError(e, false);
    }
    format.print(parent.console(), () -> MemoryReport.text(memory), () -> MemoryReport.json(memory));
    return ExitCode.OK.code();
  }
}
