package io.github.anthology.calc.report;

import io.github.anthology.calc.memory.MemoryEstimate;
import io.github.anthology.calc.memory.MemoryRequest;
import io.github.anthology.calc.memory.Parallelism;
import io.github.anthology.calc.memory.Precision;
import java.util.Map;

/** {@code calc memory}: bytes per device by component and their sum. */
public final class MemoryReport {
  private MemoryReport() {}

  public static String text(MemoryEstimate m) {
    MemoryRequest r = m.request();
    Parallelism p = r.parallelism();
    Table t = new Table().row("per device", "bytes", "");
    for (Map.Entry<String, Long> c : m.perDevice().entrySet()) {
      t.row(c.getKey(), Numbers.grouped(c.getValue()), Numbers.gib(c.getValue()));
    }
    t.rule().row("total", Numbers.grouped(m.perDeviceTotal()), Numbers.gib(m.perDeviceTotal()));
    return (r.inference() ? "Serving" : "Training") + " on " + p.devices() + " device(s): tensor " + p.tensor()
        + ", pipeline " + p.pipeline() + ", expert " + p.expert() + ", data " + p.dataParallel()
        + (r.inference() ? "" : ", ZeRO stage " + p.zeroStage() + ", recompute " + JsonOut.name(r.recompute()))
        + "\n\n" + t.render();
  }

  public static String json(MemoryEstimate m) {
    MemoryRequest r = m.request();
    Parallelism p = r.parallelism();
    Precision pr = r.precision();
    return JsonOut.object(g -> {
      JsonOut.model(g, r.model());
      g.writeStringField("mode", r.inference() ? "inference" : "training");
      g.writeObjectFieldStart("parallelism");
      g.writeNumberField("devices", p.devices());
      g.writeNumberField("tensor", p.tensor());
      g.writeNumberField("pipeline", p.pipeline());
      g.writeNumberField("expert", p.expert());
      g.writeNumberField("data", p.dataParallel());
      g.writeNumberField("zero_stage", p.zeroStage());
      g.writeBooleanField("sequence_parallel", p.sequenceParallel());
      g.writeEndObject();
      g.writeObjectFieldStart("precision");
      g.writeBooleanField("mixed", pr.mixed());
      g.writeNumberField("value_bytes", pr.valueBytes());
      g.writeNumberField("gradient_bytes", pr.gradientBytes());
      g.writeStringField("optimizer", JsonOut.name(pr.optimizer()));
      g.writeNumberField("optimizer_bytes", pr.optimizer().bytesPerParameter(pr.mixed()));
      g.writeEndObject();
      g.writeNumberField("micro_batch", r.microBatch());
      g.writeNumberField("sequence_length", r.sequenceLength());
      g.writeNumberField("output_tokens", r.outputTokens());
      g.writeStringField("recompute", r.inference() ? "none" : JsonOut.name(r.recompute()));
      g.writeNumberField("parameters_per_device", m.parametersPerDevice());
      JsonOut.longs(g, "per_device_bytes", m.perDevice());
      g.writeNumberField("per_device_total_bytes", m.perDeviceTotal());
    });
  }
}
