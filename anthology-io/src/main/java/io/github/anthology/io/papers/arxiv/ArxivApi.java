package io.github.anthology.io.papers.arxiv;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.papers.PaperMetadataSource;
import io.github.anthology.model.ArxivId;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The arXiv API ({@code export.arxiv.org/api/query?id_list=...}) as a source. Ids go in batches,
 * one request at a time, paced and retried by {@link Requests}. The API leaves out an id it does
 * not have (in a batch it answers with an empty entry; alone, with an empty feed); since it is
 * also known to drop entries now and then under load, an id missing from a batch is asked again
 * on its own before it is recorded as not existing.
 *
 * <p>HTTP is the JDK's {@link HttpClient}: no dependency, timeouts per request, HTTP/2, and it is
 * what a test's loopback server speaks to as well as arXiv.
 */
public final class ArxivApi implements PaperMetadataSource {
  private final ApiSettings settings;
  private final Requests requests;

  public ArxivApi(ApiSettings settings) {
    this(settings, HttpClient.newBuilder().connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build(), Pacer.Timing.SYSTEM);
  }

  ArxivApi(ApiSettings settings, HttpClient client, Pacer.Timing timing) {
    this.settings = settings;
    this.requests = new Requests(client, settings, new Pacer(settings.interval(), timing));
  }

  @Override
  public String name() {
    return AtomFeed.SOURCE;
  }

  @Override
  public Map<String, PaperMetadata> lookup(Collection<String> ids) throws ReadException {
    List<String> wanted = new ArrayList<>(new TreeSet<>(ids.stream().filter(ArxivId::isArxivId).toList()));
    Map<String, PaperMetadata> found = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i += settings.batchSize()) {
      List<String> batch = wanted.subList(i, Math.min(wanted.size(), i + settings.batchSize()));
      Map<String, PaperMetadata> answer = ask(batch);
      for (String id : batch) {
        if (answer.containsKey(id)) {
          found.put(id, answer.get(id));
        } else {
          missing.add(id);
        }
      }
    }
    for (String id : missing) {
      found.put(id, batchOfOne(id));
    }
    return found;
  }

  /** An id asked alone: its entry, or not found when the API has none. */
  private PaperMetadata batchOfOne(String id) throws ReadException {
    PaperMetadata m = ask(List.of(id)).get(id);
    return m != null ? m : PaperMetadata.notFound(id, name());
  }

  private Map<String, PaperMetadata> ask(List<String> ids) throws ReadException {
    URI uri = URI.create(settings.endpoint() + "?id_list=" + String.join(",", ids) + "&max_results=" + ids.size());
    try {
      Map<String, PaperMetadata> byId = new LinkedHashMap<>();
      for (PaperMetadata m : requests.feed(uri)) {
        byId.putIfAbsent(m.id(), m);
      }
      return byId;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadException(SourceSpan.ofFile(settings.endpoint().toString()), "interrupted");
    }
  }
}
