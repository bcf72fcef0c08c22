package io.github.anthology.io.papers.arxiv;

import java.net.URI;
import java.time.Duration;

/**
 * How the arXiv API is asked: where, how many ids a request, how long between requests (arXiv asks
 * for no more than one request every three seconds), how long to wait for an answer, and how often
 * and how patiently to try again after a server error or a timeout.
 *
 * @param backoff the wait before the first retry; it doubles with each further retry
 */
public record ApiSettings(URI endpoint, int batchSize, Duration interval, Duration timeout, int attempts,
    Duration backoff) {
  public static final URI ENDPOINT = URI.create("https://export.arxiv.org/api/query");

  public ApiSettings {
    if (batchSize < 1 || attempts < 1) {
      throw new IllegalArgumentException("batch size and attempts must be at least 1");
    }
  }

  /** arXiv's documented etiquette: 100 ids a request, one request every 3 s, up to 4 attempts. */
  public static ApiSettings standard() {
    return new ApiSettings(ENDPOINT, 100, Duration.ofSeconds(3), Duration.ofSeconds(30), 4, Duration.ofSeconds(3));
  }

  public ApiSettings withEndpoint(URI uri) {
    return new ApiSettings(uri, batchSize, interval, timeout, attempts, backoff);
  }
}
