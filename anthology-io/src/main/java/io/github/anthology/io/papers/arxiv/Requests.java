package io.github.anthology.io.papers.arxiv;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * One feed fetched: the request waits its turn, and a server error (5xx), a rate limit (429 or
 * arXiv's plain "Rate exceeded."), a timeout or a broken connection is tried again after a
 * back-off, up to the configured attempts. Any other answer that is not a feed fails at once.
 * A response body is read up to a limit, so a misbehaving server cannot fill memory.
 */
final class Requests {
  static final int MAX_BODY = 32 << 20;
  private final HttpClient client;
  private final ApiSettings settings;
  private final Pacer pacer;

  Requests(HttpClient client, ApiSettings settings, Pacer pacer) {
    this.client = client;
    this.settings = settings;
    this.pacer = pacer;
  }

  List<PaperMetadata> feed(URI uri) throws ReadException, InterruptedException {
    String last = "";
    Duration asked = Duration.ZERO;
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      if (attempt > 1) {
        pacer.pause(backoff(settings, attempt - 2, asked));
        asked = Duration.ZERO;
      }
      pacer.awaitTurn();
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
          .header("Accept", "application/atom+xml").header("User-Agent", "anthology-papers-refresh").GET().build();
      HttpResponse<InputStream> response;
      byte[] body;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
          body = in.readNBytes(MAX_BODY + 1);
        }
      } catch (HttpTimeoutException e) {
        last = "no answer within " + settings.timeout().toMillis() + " ms";
        continue;
      } catch (IOException e) {
        last = "connection failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        continue;
      }
      int status = response.statusCode();
      if (status == 429 || status >= 500 || startsWith(body, "Rate exceeded")) {
        last = "HTTP " + status + (status == 200 ? " Rate exceeded" : "");
        asked = retryAfter(response);
        continue;
      }
      if (status != 200) {
        throw failure("HTTP " + status + " for " + uri + ": " + firstLine(body));
      }
      if (body.length > MAX_BODY) {
        throw failure("the response is larger than " + (MAX_BODY >> 20) + " MiB; refused");
      }
      try {
        return AtomFeed.entries(new ByteArrayInputStream(body));
      } catch (AtomFeed.BadFeed e) {
        throw failure(e.getMessage());
      }
    }
    throw failure("no usable answer after " + settings.attempts() + " attempts (last: " + last + ")");
  }

  /** The pause before a retry: the back-off doubled for each earlier retry, or longer if the server asked. */
  static Duration backoff(ApiSettings settings, int retry, Duration asked) {
    Duration doubled = settings.backoff().multipliedBy(1L << Math.min(retry, 10));
    return asked.compareTo(doubled) > 0 ? asked : doubled;
  }

  /** How long the server asked to wait, from {@code Retry-After} in seconds (at most a minute). */
  private static Duration retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").filter(v -> v.trim().matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Math.min(60, Long.parseLong(v.trim())))).orElse(Duration.ZERO);
  }

  private ReadException failure(String message) {
    return new ReadException(SourceSpan.ofFile(settings.endpoint().toString()), message);
  }

  private static boolean startsWith(byte[] body, String text) {
    return new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).trim().startsWith(text);
  }

  private static String firstLine(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
