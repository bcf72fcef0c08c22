package io.github.anthology.lsp.features;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import java.util.Optional;

/** Papers by arXiv id, the version suffix ({@code v2}) ignored. */
final class Papers {
  private Papers() {}

  /**
   * @param id an arXiv id as written
   * @return it without quotes, blanks or version
   */
  static String bare(String id) {
    return id.trim().replaceAll("v\\d+$", "");
  }

  /**
   * @param anthology the registry
   * @param id an arXiv id
   * @return the paper with that id
   */
  static Optional<Paper> byArxivId(Anthology anthology, String id) {
    String wanted = bare(id);
    return anthology.papers().stream().filter(p -> p.arxivId().map(s -> bare(s.text())).filter(wanted::equals).isPresent())
        .findFirst();
  }
}
