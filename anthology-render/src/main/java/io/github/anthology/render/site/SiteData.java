package io.github.anthology.render.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Status;
import io.github.anthology.render.view.Arxiv;
import io.github.anthology.render.view.Chain;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.Link;
import io.github.anthology.render.view.RegistryView;
import io.github.anthology.render.view.Supersession;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the page's script works on, as JSON that is safe inside a {@code <script
 * type="application/json">} element: every {@code <}, {@code >} and {@code &} is a JSON escape, so
 * no text can close the element.
 */
final class SiteData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SiteData() {}

  static String json(RegistryView view) {
    Supersession supersession = Supersession.of(view);
    Map<PaperRef, String> papers = new HashMap<>();
    List<Map<String, Object>> recs = new ArrayList<>();
    for (Entry e : view.entries()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("key", e.key());
      r.put("id", e.id().orElse(null));
      r.put("text", e.text());
      r.put("topic", e.topic());
      r.put("secondary", e.secondaryTopics());
      r.put("status", e.status().label());
      r.put("year", e.year().isPresent() ? e.year().getAsInt() : null);
      r.put("paper", papers.computeIfAbsent(e.recommendation().source(), k -> "p" + (papers.size() + 1)));
      r.put("title", e.paperTitle().orElse(null));
      r.put("author", e.firstAuthor().orElse(null));
      r.put("arxiv", e.arxivId().orElse(null));
      r.put("arxivUrl", e.arxivId().flatMap(Arxiv::url).orElse(null));
      r.put("implementations", e.implementations());
      r.put("reason", e.recommendation().deprecationReason().orElse(null));
      Chain chain = supersession.chainOf(e);
      r.put("chain", chain.links().stream().map(SiteData::link).toList());
      r.put("cycle", chain.cycle());
      recs.add(r);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("topics", view.topics());
    root.put("statuses", Arrays.stream(Status.values()).map(Status::label).toList());
    root.put("years", view.entries().stream().map(Entry::year).filter(y -> y.isPresent())
        .map(y -> y.getAsInt()).distinct().sorted().toList());
    root.put("recommendations", recs);
    try {
      return JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> link(Link l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", l.label());
    m.put("key", l.entryKey().orElse(null));
    m.put("url", l.arxivId().flatMap(Arxiv::url).orElse(null));
    return m;
  }
}
