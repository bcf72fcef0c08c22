package io.github.anthology.calc.params;

import io.github.anthology.calc.model.TransformerModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/** A model's parameters by component; {@link #total()} is what a checkpoint stores (tied matrices once). */
@Value.Immutable
public interface ParameterCount {
  TransformerModel model();

  /** The token embedding table. */
  long embedding();

  /** The output layer; 0 when tied to the embedding. */
  long unembedding();

  /** The learned position table; 0 for rotary, ALiBi or none. */
  long positions();

  /** Query, key, value and output projections of every block, with their biases. */
  long attention();

  /** The MLPs of the dense blocks, with their biases. */
  long mlp();

  /** Every expert MLP of the mixture-of-experts blocks. */
  long experts();

  /** The routers (one hidden-by-experts matrix a mixture-of-experts block). */
  long router();

  /** Every normalisation layer's gains (and biases, for LayerNorm). */
  long norms();

  /** The parameters of one expert's MLP (or of one dense MLP). */
  long mlpPerBlock();

  @Value.Derived
  default long total() {
    return embedding() + unembedding() + positions() + attention() + mlp() + experts() + router() + norms();
  }

  /** The parameters a token passes through: the experts it is not routed to left out. */
  @Value.Derived
  default long active() {
    long idle = (long) model().expertLayers() * (model().experts() - model().expertsPerToken()) * mlpPerBlock();
    return total() - idle;
  }

  /** Everything but the embedding, output and position tables (Kaplan et al. 2020's N). */
  @Value.Derived
  default long nonEmbedding() {
    return total() - embedding() - unembedding() - positions();
  }

  /** The components in report order, by their JSON names. */
  default Map<String, Long> components() {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("embedding", embedding());
    c.put("unembedding", unembedding());
    c.put("positions", positions());
    c.put("attention", attention());
    c.put("mlp", mlp());
    c.put("experts", experts());
    c.put("router", router());
    c.put("norms", norms());
    return c;
  }
}
