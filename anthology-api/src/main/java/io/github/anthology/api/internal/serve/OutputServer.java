package io.github.anthology.api.internal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * Serves one directory, the build output, on the loopback interface only, and the number of the
 * current build at {@code /__anthology/build} (the page asks for it to know when to reload). GET and
 * HEAD only; nothing outside the directory, no directory listings.
 */
final class OutputServer implements AutoCloseable {
  static final String BUILD_PATH = "/__anthology/build";
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "md",
      "text/markdown; charset=utf-8", "json", "application/json", "yaml", "application/yaml", "jsonl",
      "application/jsonl", "css", "text/css", "js", "text/javascript", "svg", "image/svg+xml");

  private final HttpServer server;
  private final Path root;
  private final LongSupplier build;

  OutputServer(Path root, int port, LongSupplier build) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.build = build;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "anthology-serve");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      if (path.equals(BUILD_PATH)) {
        send(exchange, 200, "text/plain; charset=utf-8", Long.toString(build.getAsLong()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(exchange, 200, type(file), Files.readAllBytes(file));
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
