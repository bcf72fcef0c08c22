package io.github.anthology.cli.commands.calc;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.flops.FlopsCounter;
import io.github.anthology.calc.flops.FlopsEstimate;
import io.github.anthology.calc.flops.FlopsRequest;
import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.report.FlopsReport;
import io.github.anthology.cli.commands.ExitCode;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code anthology calc flops}: FLOPs to train on (or read) a number of tokens. */
@Command(name = "flops", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Counts the FLOPs of every matrix multiply to train a model on --tokens tokens (forward and",
        "backward, with any recomputation) or, with --infer, to read them in one forward pass; 6·N·D",
        "(2·N·D) is shown beside the exact count."},
    footerHeading = "%nExamples:%n",
    footer = {"  anthology calc flops --hf-config config.json --tokens 2T -s 4096"})
public final class CalcFlopsCommand implements Callable<Integer> {
  @ParentCommand CalcCommand parent;

  @Mixin ModelOptions model;

  @Option(names = "--tokens", paramLabel = "N", defaultValue = "300e9", converter = Counts.class,
      description = "Tokens to train on or read: 300e9, 1.4T, 2048 (default ${DEFAULT-VALUE}).")
  BigInteger tokens;

  @Option(names = {"-i", "--infer"}, description = "One forward pass (inference prefill) instead of training.")
  boolean infer;

  @Option(names = "--recompute", paramLabel = "WHAT", defaultValue = "none",
      description = "Activation recomputation in training: none, selective (attention core) or full (default ${DEFAULT-VALUE}).")
  Recompute recompute;

  @Mixin Format format;

  @Override
  public Integer call() {
    FlopsEstimate flops;
    try {
      flops = FlopsCounter.count(FlopsRequest.builder().model(model.model()).tokens(Counts.asLong(tokens, "--tokens"))
          .sequenceLength(model.sequenceLength).inference(infer).recompute(recompute).build());
    } catch (CalcInputException e) {
      throw OptionNames.usageError(e, false);
    }
    format.print(parent.console(), () -> FlopsReport.text(flops), () -> FlopsReport.json(flops));
    return ExitCode.OK.code();
  }
}
