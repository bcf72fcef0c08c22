package io.github.anthology.calc.report;

import io.github.anthology.calc.params.ParameterCount;
import java.util.Map;

/** {@code calc params}: the count by component, the total, and the active and non-embedding counts. */
public final class ParamsReport {
  private ParamsReport() {}

  public static String text(ParameterCount p) {
    Table t = new Table().row("component", "parameters", "");
    for (Map.Entry<String, Long> c : p.components().entrySet()) {
      t.row(c.getKey(), Numbers.grouped(c.getValue()), Numbers.count(c.getValue()));
    }
    t.rule().row("total", Numbers.grouped(p.total()), Numbers.count(p.total()));
    if (p.active() != p.total()) {
      t.row("active per token", Numbers.grouped(p.active()), Numbers.count(p.active()));
    }
    t.row("non-embedding", Numbers.grouped(p.nonEmbedding()), Numbers.count(p.nonEmbedding()));
    return t.render();
  }

  public static String json(ParameterCount p) {
    return JsonOut.object(g -> {
      JsonOut.model(g, p.model());
      g.writeNumberField("total_params", p.total());
      g.writeNumberField("active_params", p.active());
      g.writeNumberField("non_embedding_params", p.nonEmbedding());
      JsonOut.longs(g, "components", p.components());
    });
  }
}
