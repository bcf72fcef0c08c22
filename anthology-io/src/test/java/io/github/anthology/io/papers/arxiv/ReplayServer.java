package io.github.anthology.io.papers.arxiv;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that replays arXiv API responses: each request takes the next scripted
 * answer (status, body, headers, delay); the last one repeats. Requests are recorded by query.
 */
final class ReplayServer implements AutoCloseable {
  static final Path FEEDS = Path.of("src/test/resources/papers");

  /** One scripted answer. */
  record Answer(int status, String body, Map<String, String> headers, long delayMillis) {
    static Answer feed(String file) {
      try {
        return new Answer(200, Files.readString(FEEDS.resolve(file)), Map.of("Content-Type", "application/atom+xml"), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Answer status(int status, String body) {
      return new Answer(status, body, Map.of(), 0);
    }

    Answer after(long millis) {
      return new Answer(status, body, headers, millis);
    }

    Answer header(String name, String value) {
      return new Answer(status, body, Map.of(name, value), delayMillis);
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<String> queries = Collections.synchronizedList(new ArrayList<>());

  ReplayServer(Answer... answers) throws IOException {
    script.addAll(List.of(answers));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/query", this::answer);
    server.setExecutor(pool); // a slow answer must not hold up the next request
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/query");
  }

  /** The query strings of the requests, in order. */
  List<String> queries() {
    return List.copyOf(queries);
  }

  private void answer(HttpExchange exchange) throws IOException {
    queries.add(exchange.getRequestURI().getRawQuery());
    Answer a;
    synchronized (script) {
      a = script.size() > 1 ? script.poll() : script.peek();
    }
    try {
      Thread.sleep(a.delayMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    try {
      exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client gave up (a timeout test); nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
