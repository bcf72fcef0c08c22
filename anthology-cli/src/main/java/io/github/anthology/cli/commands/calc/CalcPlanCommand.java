package io.github.anthology.cli.commands.calc;

import io.github.anthology.calc.CalcInputException;
import io.github.anthology.calc.params.ParameterCounter;
import io.github.anthology.calc.plan.Chinchilla;
import io.github.anthology.calc.plan.ComputePlan;
import io.github.anthology.calc.report.PlanReport;
import io.github.anthology.cli.commands.ExitCode;
import io.github.anthology.cli.commands.UsageError;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code anthology calc plan}: the compute-optimal size and tokens (Chinchilla). */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Plans a compute-optimal training run (Hoffmann et al. 2022, about 20 tokens a parameter):",
        "from a FLOPs budget, the model size and tokens; from a model size (--params, or a model given",
        "by --hf-config or size options), the tokens and FLOPs; from a number of tokens, the model size."},
    footerHeading = "%nExamples:%n",
    footer = {"  anthology calc plan --flops 5.88e23"})
public final class CalcPlanCommand implements Callable<Integer> {
  @ParentCommand CalcCommand parent;

  @ArgGroup(exclusive = true)
  Given given;

  @Mixin ModelOptions model;

  @Option(names = "--tokens-per-param", paramLabel = "R", defaultValue = "20",
      description = "Training tokens per parameter at the optimum (default ${DEFAULT-VALUE}).")
  double ratio;

  @Mixin Format format;

  /** What the plan starts from. */
  static final class Given {
    @Option(names = "--flops", paramLabel = "C", converter = Counts.class, description = "A training budget in FLOPs: 1e21, 5.88e23.")
    BigInteger flops;

    @Option(names = "--params", paramLabel = "N", converter = Counts.class, description = "A model size: 7B, 6738415616.")
    BigInteger params;

    @Option(names = "--tokens", paramLabel = "D", converter = Counts.class, description = "Training tokens: 2T.")
    BigInteger tokens;
  }

  @Override
  public Integer call() {
    ComputePlan plan;
    try {
      plan = plan();
    } catch (CalcInputException e) {
      throw OptionNames.usageError(e, false);
    }
    format.print(parent.console(), () -> PlanReport.text(plan), () -> PlanReport.json(plan));
    return ExitCode.OK.code();
  }

  private ComputePlan plan() {
    if (given != null && given.flops != null) {
      return Chinchilla.forFlops(given.flops, ratio);
    }
    if (given != null && given.params != null) {
      return Chinchilla.forParameters(Counts.asLong(given.params, "--params"), ratio);
    }
    if (given != null && given.tokens != null) {
      return Chinchilla.forTokens(Counts.asLong(given.tokens, "--tokens"), ratio);
    }
    if (!model.given()) {
      throw new UsageError("say what to plan from: --flops, --params, --tokens, or a model (--hf-config or size options)");
    }
    return Chinchilla.forParameters(ParameterCounter.count(model.model()).total(), ratio);
  }
}
