package io.github.anthology.rules.builtin.citation;

import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PaperMetadata;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferentPaperRuleTest {
  private static final PaperMetadata NERF = Cited.paper("2305.18079", "Towards a Robust Framework for NeRF Evaluation",
      "Azzarelli", "Adrian", "2023-05-29");

  private static List<Finding> check(String title, PaperMetadata m) {
    return lint(new DifferentPaperRule(), Cited.registry(Cited.entry(title, m.id(), "Liu", "2023"), m));
  }

  @Test
  void anIdThatNamesAnotherPaperIsAnErrorAtTheIdSayingWhatItNames() {
    Finding f = check("AdaNorm: Adaptive Gradient Norm Correction based Optimizer", NERF).get(0);
    assertThat(f.span().line()).isEqualTo(3);
    assertThat(f.message()).isEqualTo("arXiv `2305.18079` is \"Towards a Robust Framework for NeRF Evaluation\" by"
        + " Azzarelli et al., v1 2023-05-29, not \"AdaNorm: Adaptive Gradient Norm Correction based Optimizer\""
        + " (title similarity 0.05); correct the id or the title");
    assertThat(f.fixes()).as("which one is wrong is for a person to say").isEmpty();
  }

  @Test
  void shortenedPrefixedOrRespelledTitlesAreTheSamePaper() {
    assertThat(check("The Lottery Ticket Hypothesis", Cited.paper("1803.03635",
        "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks", "Frankle", "Jonathan", "2018-03-09")))
        .isEmpty();
    assertThat(check("AdamW: Decoupled Weight Decay Regularization", Cited.paper("1711.05101",
        "Decoupled Weight Decay Regularization", "Loshchilov", "Ilya", "2017-11-14"))).isEmpty();
    assertThat(check("Flash Attention: Fast and Memory-Efficient Exact Attention", Cited.paper("2205.14135",
        "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", "Dao", "Tri", "2022-05-27")))
        .isEmpty();
    assertThat(check("Attention is all you need", Cited.paper("1706.03762", "Attention Is All\n  You Need",
        "Vaswani", "Ashish", "2017-06-12"))).isEmpty();
  }

  @Test
  void latexAndUnicodeInEitherTitleDoNotMatter() {
    assertThat(check("Über $\\alpha$-Divergences for Na\\\"ive Models", Cited.paper("2301.00001",
        "\\\"Uber α-Divergences for Naïve Models", "A", "B", "2023-01-01"))).isEmpty();
  }

  @Test
  void theThresholdIsAnOption() {
    PaperMetadata ddpm = Cited.paper("2006.11239", "Denoising Diffusion Probabilistic Models", "Ho", "Jonathan",
        "2020-06-19");
    String yaml = Cited.entry("Denoising Diffusion Implicit Models", "2006.11239", "Song", "2020");
    assertThat(lint(new DifferentPaperRule(), Cited.registry(yaml, ddpm))).hasSize(1);
    assertThat(lint(new DifferentPaperRule(), Cited.registry(yaml, ddpm), Map.of("min-similarity", 0.6))).isEmpty();
  }

  @Test
  void nothingIsComparedWithoutAnEntryOrATitle() {
    assertThat(lint(new DifferentPaperRule(), Cited.registry(Cited.entry("X", "2305.18079", "Liu", "2023")))).isEmpty();
    PaperMetadata untitled = PaperMetadata.builder().id("2305.18079").source("arxiv-api").build();
    assertThat(check("AdaNorm", untitled)).isEmpty();
  }
}
