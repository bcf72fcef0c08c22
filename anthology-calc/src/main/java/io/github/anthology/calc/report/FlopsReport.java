package io.github.anthology.calc.report;

import io.github.anthology.calc.flops.FlopsEstimate;
import io.github.anthology.calc.flops.FlopsRequest;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/** {@code calc flops}: FLOPs by component, the exact total, and 6·N·D (2·N·D for inference) beside it. */
public final class FlopsReport {
  private FlopsReport() {}

  public static String text(FlopsEstimate f) {
    FlopsRequest r = f.request();
    Table t = new Table().row("component", "FLOPs", "");
    for (Map.Entry<String, BigInteger> c : f.components().entrySet()) {
      t.row(c.getKey(), Numbers.grouped(c.getValue()), Numbers.scientific(c.getValue()));
    }
    t.rule().row("total", Numbers.grouped(f.total()), Numbers.scientific(f.total()));
    t.row(approximationName(r), Numbers.grouped(f.approximation()), Numbers.scientific(f.approximation()));
    return "FLOPs to " + (r.inference() ? "read " : "train on ") + Numbers.grouped(r.tokens())
        + " tokens in sequences of " + r.sequenceLength()
        + (r.inference() ? " (forward pass)" : ", recompute " + JsonOut.name(r.recompute())) + "\n\n"
        + t.render()
        + String.format(Locale.ROOT, "exact / approximation: %.4f%n", f.ratioToApproximation());
  }

  public static String json(FlopsEstimate f) {
    FlopsRequest r = f.request();
    return JsonOut.object(g -> {
      JsonOut.model(g, r.model());
      g.writeStringField("mode", r.inference() ? "inference" : "training");
      g.writeStringField("recompute", r.inference() ? "none" : JsonOut.name(r.recompute()));
      g.writeNumberField("tokens", r.tokens());
      g.writeNumberField("sequence_length", r.sequenceLength());
      g.writeNumberField("total_flops", f.total());
      g.writeNumberField("forward_flops_per_token", f.forwardPerToken());
      g.writeStringField("approximation_formula", r.inference() ? "2ND" : "6ND");
      g.writeNumberField("approximation_flops", f.approximation());
      g.writeObjectFieldStart("components");
      for (Map.Entry<String, BigInteger> c : f.components().entrySet()) {
        g.writeNumberField(c.getKey(), c.getValue());
      }
      g.writeEndObject();
    });
  }

  private static String approximationName(FlopsRequest r) {
    return r.inference() ? "2·N·D" : "6·N·D";
  }
}
