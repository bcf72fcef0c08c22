package io.github.anthology.calc.report;

import io.github.anthology.calc.plan.ComputePlan;
import java.util.Locale;

/** {@code calc plan}: a compute-optimal model size, tokens and training FLOPs. */
public final class PlanReport {
  private PlanReport() {}

  public static String text(ComputePlan p) {
    return String.format(Locale.ROOT, "Compute-optimal at %s tokens per parameter (from %s)%n%n", ratio(p), p.givenAs())
        + new Table()
            .row("parameters", Numbers.grouped(p.parameters()), Numbers.count(p.parameters()))
            .row("tokens", Numbers.grouped(p.tokens()), Numbers.count(p.tokens()))
            .row("training FLOPs (6·N·D)", Numbers.grouped(p.flops()), Numbers.scientific(p.flops()))
            .render();
  }

  public static String json(ComputePlan p) {
    return JsonOut.object(g -> {
      g.writeStringField("given", p.givenAs());
      g.writeNumberField("tokens_per_param", p.tokensPerParameter());
      g.writeNumberField("params", p.parameters());
      g.writeNumberField("tokens", p.tokens());
      g.writeNumberField("flops", p.flops());
    });
  }

  private static String ratio(ComputePlan p) {
    double r = p.tokensPerParameter();
    return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
  }
}
