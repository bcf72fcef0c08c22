package io.github.anthology.calc.memory;

import io.github.anthology.calc.model.Recompute;
import io.github.anthology.calc.model.TransformerModel;

/**
 * Activation memory of one block per Korthikanti et al. 2022 (§4, Table 2), with the paper's
 * 2-byte values generalised to p bytes (masks stay 1 byte): a block keeps s·b·h·(4p + 2) bytes
 * that tensor parallelism does not split, s·b·h·12p that it does, and (2p + 1)·a·s²·b for the
 * attention scores, softmax and dropout. Sequence parallelism splits the first part too. Selective
 * recomputation drops the attention part; full recomputation keeps only the block's input, s·b·h·p.
 * With pipeline parallelism the first stage holds its L/pp blocks for pp micro-batches in flight,
 * so a device holds L blocks' worth, as without it (§4.2.3).
 */
final class Activations {
  private Activations() {}

  /** Bytes one device keeps for {@code blocks} blocks. */
  static long bytes(MemoryRequest r, Recompute recompute, long blocks) {
    TransformerModel m = r.model();
    long p = r.precision().valueBytes();
    long t = r.parallelism().tensor();
    boolean sp = r.parallelism().sequenceParallel();
    long s = r.sequenceLength();
    long sbh = s * r.microBatch() * m.hiddenSize();
    long attention = (2 * p + 1) * m.heads() * s * s * r.microBatch();
    long replicated; // bytes tensor parallelism leaves whole
    long split; // bytes it divides by t
    switch (recompute) {
      case FULL -> {
        replicated = sp ? 0 : sbh * p;
        split = sp ? sbh * p : 0;
      }
      case SELECTIVE -> {
        replicated = sp ? 0 : sbh * (4 * p + 2);
        split = sp ? sbh * (16 * p + 2) : sbh * 12 * p;
      }
      default -> {
        replicated = sp ? 0 : sbh * (4 * p + 2);
        split = (sp ? sbh * (16 * p + 2) : sbh * 12 * p) + attention;
      }
    }
    return blocks * replicated + Shares.ceilDiv(blocks * split, t);
  }
}
