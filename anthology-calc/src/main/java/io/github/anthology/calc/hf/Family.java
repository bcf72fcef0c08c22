package io.github.anthology.calc.hf;

import io.github.anthology.calc.model.TransformerModel;

/** How one architecture family's {@code config.json} names its sizes and choices. */
interface Family {
  TransformerModel read(HfConfig config);
}
