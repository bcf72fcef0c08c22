package io.github.anthology.cli.commands.calc;

import io.github.anthology.calc.params.ParameterCount;
import io.github.anthology.calc.params.ParameterCounter;
import io.github.anthology.calc.report.ParamsReport;
import io.github.anthology.cli.commands.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code anthology calc params}: the parameter count by component. */
@Command(name = "params", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Counts a model's parameters by component: embedding, output layer, positions, attention,",
        "MLP, experts, router and norms; the total is what the released checkpoint holds."},
    footerHeading = "%nExamples:%n",
    footer = {"  anthology calc params --hf-config Llama-2-7b/config.json --format json"})
public final class CalcParamsCommand implements Callable<Integer> {
  @ParentCommand CalcCommand parent;

  @Mixin ModelOptions model;

  @Mixin Format format;

  @Override
  public Integer call() {
    ParameterCount count = ParameterCounter.count(model.model());
    format.print(parent.console(), () -> ParamsReport.text(count), () -> ParamsReport.json(count));
    return ExitCode.OK.code();
  }
}
