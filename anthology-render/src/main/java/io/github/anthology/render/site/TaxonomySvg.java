package io.github.anthology.render.site;

import static io.github.anthology.render.site.Html.escape;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The taxonomy as an inline SVG: one box per topic, laid out in rows by depth below its parent;
 * arrows from parent to child, dashed arrows from a deprecated topic to its replacement, and red
 * curves between topics the overlap rule says to merge.
 */
final class TaxonomySvg {
  private static final int COLUMNS = 4;
  private static final int WIDTH = 210;
  private static final int HEIGHT = 52;
  private static final int GAP_X = 30;
  private static final int GAP_Y = 60;
  private static final int PAD = 20;
  private static final int MAX_NAME = 26;

  private final Map<String, Topic> topics;
  private final Map<String, int[]> at = new LinkedHashMap<>();

  private TaxonomySvg(Map<String, Topic> topics) {
    this.topics = topics;
  }

  /** Draws the given topics (in this order) with their counts of recommendations. */
  static String render(Taxonomy taxonomy, List<String> names, Map<String, Integer> counts, List<Merge> merges) {
    Map<String, Topic> drawn = new LinkedHashMap<>();
    names.forEach(n -> drawn.put(n, taxonomy.find(n).orElseGet(() -> Topic.builder().name(Scalar.of(n))
        .span(io.github.anthology.model.source.SourceSpan.ofFile("")).build())));
    return new TaxonomySvg(drawn).draw(counts, merges);
  }

  private String draw(Map<String, Integer> counts, List<Merge> merges) {
    TreeMap<Integer, List<String>> layers = new TreeMap<>();
    topics.keySet().forEach(n -> layers.computeIfAbsent(depth(n), d -> new java.util.ArrayList<>()).add(n));
    int y = PAD;
    int columns = 1;
    for (List<String> layer : layers.values()) {
      for (int i = 0; i < layer.size(); i++) {
        int col = i % COLUMNS;
        if (i > 0 && col == 0) {
          y += HEIGHT + GAP_Y;
        }
        at.put(layer.get(i), new int[] {PAD + col * (WIDTH + GAP_X), y});
        columns = Math.max(columns, col + 1);
      }
      y += HEIGHT + GAP_Y;
    }
    int width = 2 * PAD + columns * (WIDTH + GAP_X) - GAP_X;
    int height = Math.max(y - GAP_Y + PAD, 2 * PAD);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"taxonomy-graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-label=\"Topic taxonomy\">\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
            + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
    for (Topic t : topics.values()) {
      t.parent().map(Scalar::text).filter(at::containsKey).filter(p -> !p.equals(t.nameText()))
          .ifPresent(p -> edge(svg, "edge-parent", p, t.nameText(), 0, "parent of"));
      t.deprecation().flatMap(d -> d.replacedBy()).map(Scalar::text).filter(at::containsKey)
          .ifPresent(r -> edge(svg, "edge-replaced", t.nameText(), r, 30, "replaced by"));
    }
    for (Merge m : merges) {
      if (at.containsKey(m.topic()) && at.containsKey(m.other())) {
        edge(svg, "edge-merge", m.topic(), m.other(), 60, m.message());
      }
    }
    topics.values().forEach(t -> node(svg, t, counts.getOrDefault(t.nameText(), 0)));
    return svg.append("</svg>").toString();
  }

  private int depth(String name) {
    Set<String> seen = new HashSet<>();
    int depth = 0;
    String current = name;
    while (seen.add(current)) {
      Topic t = topics.get(current);
      String parent = t == null ? null : t.parent().map(Scalar::text).orElse(null);
      if (parent == null || !topics.containsKey(parent) || seen.contains(parent)) {
        break;
      }
      depth++;
      current = parent;
    }
    return depth;
  }

  private void edge(StringBuilder svg, String kind, String from, String to, int bend, String title) {
    int[] a = at.get(from);
    int[] b = at.get(to);
    int x1 = a[0] + WIDTH / 2;
    int x2 = b[0] + WIDTH / 2;
    int y1;
    int y2;
    int cy;
    if (a[1] == b[1]) {
      // Same row: leave and enter through the bottom edges, curving through the gap below.
      y1 = a[1] + HEIGHT;
      y2 = y1;
      cy = y1 + Math.min(GAP_Y - 6, 24 + bend / 2 + Math.abs(x2 - x1) / 20);
    } else {
      boolean down = b[1] > a[1];
      y1 = down ? a[1] + HEIGHT : a[1];
      y2 = down ? b[1] : b[1] + HEIGHT;
      cy = (y1 + y2) / 2;
    }
    int cx = (x1 + x2) / 2 + (a[1] == b[1] ? 0 : bend);
    svg.append("<path class=\"").append(kind).append("\" d=\"M").append(x1).append(',').append(y1)
        .append(" Q").append(cx).append(',').append(cy).append(' ').append(x2).append(',').append(y2).append('"')
        .append(kind.equals("edge-merge") ? "" : " marker-end=\"url(#arrow)\"")
        .append("><title>").append(escape(kind.equals("edge-merge") ? title : from + " " + title + " " + to))
        .append("</title></path>\n");
  }

  private void node(StringBuilder svg, Topic t, int count) {
    int[] p = at.get(t.nameText());
    String name = t.nameText();
    String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
    svg.append("<g class=\"topic").append(t.isDeprecated() ? " deprecated" : "").append("\" data-topic=\"")
        .append(escape(name)).append("\" tabindex=\"0\"><title>").append(escape(name + t.summary().map(s -> ": " + s).orElse("")))
        .append("</title><rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" rx=\"8\"/><text class=\"name\" x=\"").append(p[0] + WIDTH / 2)
        .append("\" y=\"").append(p[1] + 22).append("\">").append(escape(shown)).append("</text><text class=\"meta\" x=\"")
        .append(p[0] + WIDTH / 2).append("\" y=\"").append(p[1] + 40).append("\">")
        .append(t.isDeprecated() ? "deprecated" : count + (count == 1 ? " recommendation" : " recommendations"))
        .append("</text></g>\n");
  }
}
