package io.github.anthology.api.internal.gen;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates research.yaml texts in the shapes curators write: block and flow tag lists, comments,
 * quoted and plain recommendations, mapping items with their own topic, tags that are current,
 * retired (in the example taxonomy's {@code previously} lists), free, or not hyphenated-lowercase.
 */
public final class ResearchYamlGenerator {
  public static final List<String> ACTIVE = List.of("training-optimization", "systems-optimization",
      "model-stability", "distributed-optimization", "data-pipeline", "attention-techniques", "model-architecture");
  public static final List<String> RETIRED = List.of("optimization", "scaling-laws", "training-efficiency",
      "normalization", "initialization", "MoE", "nlp", "attention", "checkpointing", "data-loading", "compilation");
  public static final List<String> FREE = List.of("neural-networks", "theory", "rl", "Memory_Efficiency");

  private ResearchYamlGenerator() {}

  /** One paper as the generator writes it. */
  public record PaperSpec(List<String> tags, boolean flowTags, List<String> recs, boolean mappingItems,
      String comment, String ownTopic) {}

  public static Arbitrary<String> research() {
    return papers().map(ResearchYamlGenerator::render);
  }

  public static Arbitrary<List<PaperSpec>> papers() {
    Arbitrary<String> tag = Arbitraries.oneOf(Arbitraries.of(ACTIVE), Arbitraries.of(RETIRED), Arbitraries.of(FREE));
    Arbitrary<List<String>> recs = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', ':', '#', 'é')
        .ofMinLength(1).ofMaxLength(30).map(s -> "Prefer " + s.strip()).list().ofMaxSize(4);
    Arbitrary<String> comment = Arbitraries.of("", "  # a curator's note", "  # TODO: review");
    Arbitrary<String> ownTopic = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(RETIRED), Arbitraries.of(ACTIVE));
    return Combinators.combine(tag.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false), recs,
            Arbitraries.of(true, false), comment, ownTopic)
        .as(PaperSpec::new).list().ofMinSize(1).ofMaxSize(8);
  }

  public static String render(List<PaperSpec> papers) {
    StringBuilder out = new StringBuilder("# generated registry\n");
    for (int p = 0; p < papers.size(); p++) {
      PaperSpec paper = papers.get(p);
      if (p % 3 == 0) {
        out.append(p == 0 ? "" : "\n").append(2015 + p).append(":\n");
      }
      out.append("  - title: \"Paper ").append(p).append("\"\n")
          .append("    first_author: Author").append(p % 2).append('\n')
          .append("    year: ").append(2015 + p - p % 3).append('\n');
      if (paper.flowTags()) {
        out.append("    topics: [").append(String.join(", ", paper.tags())).append("]").append(paper.comment()).append('\n');
      } else {
        out.append("    topics:").append(paper.comment()).append('\n');
        paper.tags().forEach(t -> out.append("      - ").append(t).append('\n'));
      }
      if (!paper.recs().isEmpty()) {
        out.append("    sota:\n");
      }
      for (int r = 0; r < paper.recs().size(); r++) {
        String text = "\"" + paper.recs().get(r) + " " + p + "." + r + "\"";
        if (paper.mappingItems() && r % 2 == 1) {
          out.append("      - text: ").append(text).append('\n');
          if (!paper.ownTopic().isEmpty()) {
            out.append("        topic: ").append(paper.ownTopic()).append('\n');
          }
        } else {
          out.append("      - ").append(text).append(r == 0 ? paper.comment() : "").append('\n');
        }
      }
    }
    return out.toString();
  }
}
