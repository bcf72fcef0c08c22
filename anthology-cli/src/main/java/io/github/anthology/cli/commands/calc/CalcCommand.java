package io.github.anthology.cli.commands.calc;

import io.github.anthology.cli.commands.AnthologyCommand;
import io.github.anthology.cli.commands.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code anthology calc}: parameters, FLOPs, memory and compute-optimal plans of a transformer. */
@Command(
    name = "calc",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  anthology calc params --hf-config config.json",
      "  anthology calc plan --flops 5.88e23"
    },
    description = {
      "Transformer arithmetic from a model's own sizes or its Hugging Face config.json: how many",
      "parameters, how many FLOPs to train on or read a number of tokens, how much memory a device",
      "needs to train or serve it, and the compute-optimal model size and tokens for a budget.",
      "Every formula and its source is in docs/calc.md."
    },
    subcommands = {CalcParamsCommand.class, CalcFlopsCommand.class, CalcMemoryCommand.class, CalcPlanCommand.class})
public final class CalcCommand implements Runnable {
  @ParentCommand AnthologyCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(parent.console().out());
  }

  Console console() {
    return parent.console();
  }
}
