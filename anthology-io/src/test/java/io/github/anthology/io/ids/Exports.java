package io.github.anthology.io.ids;

import java.util.List;

/** Published registry.yaml texts for tests, written as the reference system writes its records. */
public final class Exports {
  private Exports() {}

  /** One published record: its id, text, source paper (arXiv id may be null) and status. */
  public record Rec(String id, String text, String author, int year, String arxiv, String status) {
    public Rec(String id, String text, String author, int year, String arxiv) {
      this(id, text, author, year, arxiv, "standard");
    }
  }

  public static String yaml(List<Rec> recs) {
    StringBuilder out = new StringBuilder("metadata:\n  schema_version: '1.0'\nrecommendations:\n");
    for (Rec r : recs) {
      out.append("- id: ").append(r.id()).append('\n')
          .append("  recommendation: '").append(r.text().replace("'", "''")).append("'\n")
          .append("  topic: optimization\n")
          .append("  source:\n")
          .append("    paper: ").append(r.author()).append(" et al. (").append(r.year()).append(")\n")
          .append("    year: ").append(r.year()).append('\n')
          .append("    first_author: ").append(r.author()).append('\n');
      if (r.arxiv() != null) {
        out.append("    arxiv_id: '").append(r.arxiv()).append("'\n");
      }
      out.append("  status: ").append(r.status()).append('\n')
          .append("  supporting_evidence: []\n  implementations: []\n");
    }
    return out.toString();
  }
}
