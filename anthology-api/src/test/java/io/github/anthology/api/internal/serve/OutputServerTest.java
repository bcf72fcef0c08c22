package io.github.anthology.api.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server serves the build output and nothing else, on the loopback interface only. */
class OutputServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(OutputServer server, String path, String method) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheOutputAndTheBuildNumberOnly(@TempDir Path tmp) throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("index.html"), "<p>page</p>");
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    try (OutputServer server = new OutputServer(out, 0, () -> 7)) {
      assertThat(get(server, "/", "GET").body()).isEqualTo("<p>page</p>");
      assertThat(get(server, "/", "GET").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(get(server, OutputServer.BUILD_PATH, "GET").body()).isEqualTo("7");
      assertThat(get(server, "/../secret.txt", "GET").statusCode()).isEqualTo(404);
      assertThat(get(server, "/%2e%2e/secret.txt", "GET").statusCode()).isEqualTo(404);
      assertThat(get(server, "/missing.html", "GET").statusCode()).isEqualTo(404);
      assertThat(get(server, "/", "POST").statusCode()).isEqualTo(405);
    }
  }

  @Test
  void bindsToLoopbackOnly(@TempDir Path tmp) throws Exception {
    try (OutputServer server = new OutputServer(tmp, 0, () -> 1)) {
      InetAddress other = nonLoopback();
      if (other != null) {
        try (Socket s = new Socket()) {
          boolean connected;
          try {
            s.connect(new java.net.InetSocketAddress(other, server.port()), 1000);
            connected = true;
          } catch (java.io.IOException refused) {
            connected = false;
          }
          assertThat(connected).as("reachable on " + other).isFalse();
        }
      }
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        assertThat(s.isConnected()).isTrue();
      }
    }
  }

  private static InetAddress nonLoopback() throws Exception {
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (var a : java.util.Collections.list(nic.getInetAddresses())) {
        if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) {
          return a;
        }
      }
    }
    return null;
  }
}
