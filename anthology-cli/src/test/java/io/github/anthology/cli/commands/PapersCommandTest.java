package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.anthology.cli.CliRun;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papers refresh} and {@code papers add}, and what {@code lint} then reports, on a copy of the reference registry. */
class PapersCommandTest {
  private static final Path REGISTRY = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  private static final String SNAPSHOT = "../testdata/arxiv-snapshot/reference-papers.jsonl";

  @TempDir Path dir;
  Path registry;
  Path lock;

  @BeforeEach
  void copyTheRegistry() throws Exception {
    registry = Files.createDirectory(dir.resolve("sota"));
    Files.copy(REGISTRY, registry.resolve("research.yaml"));
    lock = registry.resolve("anthology.lock.json");
  }

  private CliRun refresh(String... more) {
    List<String> args = new ArrayList<>(List.of("papers", "refresh", "--source", "snapshot", SNAPSHOT,
        "--index", dir.resolve("snapshot.idx").toString(), registry.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void refreshWritesTheLockFileAndLintThenReportsTheGqaFirstAuthorOffline() throws Exception {
    CliRun r = refresh();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("anthology.lock.json: written; asked arxiv-snapshot about 119 ids: 41 added")
        .contains("78 not in arxiv-snapshot (left unchecked): 1502.03167");
    assertThat(lock).exists();
    CliRun lint = CliRun.of("lint", registry.toString());
    assertThat(lint.out()).contains("error citation/first-author first author `Yang` is not the first author of"
        + " arXiv `2305.13245`, Joshua Ainslie; write `Ainslie`");
  }

  @Test
  void twoRefreshesAndTwoLintsGiveTheSameBytes() throws Exception {
    refresh();
    byte[] first = Files.readAllBytes(lock);
    assertThat(refresh().err()).contains("anthology.lock.json: unchanged");
    assertThat(Files.readAllBytes(lock)).isEqualTo(first);
    assertThat(CliRun.of("lint", registry.toString()).out()).isEqualTo(CliRun.of("lint", registry.toString()).out());
  }

  @Test
  void anEntryDeletedFromTheLockFileComesBackWithTheNextRefresh() throws Exception {
    refresh();
    String full = Files.readString(lock);
    Files.writeString(lock, full.replaceFirst("(?s)    \"2305\\.13245\": \\{.*?\n    },\n", ""));
    assertThat(Files.readString(lock)).doesNotContain("2305.13245").contains("2308.04126");
    assertThat(CliRun.of("lint", registry.toString()).out()).doesNotContain("2305.13245`, Joshua Ainslie");
    assertThat(refresh().err()).contains("asked arxiv-snapshot about 79 ids: 1 added");
    assertThat(Files.readString(lock)).isEqualTo(full);
  }

  @Test
  void lintFixWritesTheFirstAuthorsAndKeepsReportingWhatItCannotFix() throws Exception {
    refresh();
    CliRun fix = CliRun.of("lint", "--fix", registry.toString());
    String text = Files.readString(registry.resolve("research.yaml"));
    assertThat(text).contains("    arxiv_id: \"2305.13245\"\n    first_author: \"Ainslie\"\n")
        .contains("first_author: \"Shazeer\"").doesNotContain("first_author: \"Yang\"");
    assertThat(fix.out()).as("the lock file is read again in every pass").contains("citation/different-paper")
        .doesNotContain("citation/first-author");
    assertThat(CliRun.of("lint", registry.toString()).out()).doesNotContain("citation/first-author")
        .contains("arXiv `2308.04126` is \"DataComposer");
  }

  @Test
  void aRegistryMadeReadOnlyIsNotWrittenTo() throws Exception {
    Files.setPosixFilePermissions(registry, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      CliRun r = refresh();
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("anthology.lock.json: is read-only; nothing was written");
      assertThat(lock).doesNotExist();
    } finally {
      Files.setPosixFilePermissions(registry, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aBadSourceIsAUsageError() {
    CliRun r = CliRun.of("papers", "refresh", "--source", "crossref", registry.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--source: expected `arxiv` or `snapshot FILE`, not `crossref`");
    CliRun noFile = CliRun.of("papers", "refresh", "--source", "snapshot");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("--source snapshot needs the snapshot FILE after it");
    assertThat(CliRun.of("papers", "refresh", "--source", "snapshot", "no-such.jsonl", registry.toString()).err())
        .contains("no-such.jsonl: no such snapshot file");
  }

  @Test
  void addShowsTheEntryAsADiffAndWritesItWithWrite() throws Exception {
    refresh();
    Files.writeString(registry.resolve("research.yaml"), Files.readString(registry.resolve("research.yaml"))
        .replace("    arxiv_id: \"2305.13245\"\n", "    arxiv_id: \"2305.13244\"\n"));
    CliRun diff = CliRun.of("papers", "add", "2305.13245", registry.toString(), "--topic", "attention");
    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("+  - title: \"GQA: Training Generalized Multi-Query Transformer Models from"
        + " Multi-Head Checkpoints\"\n+    arxiv_id: \"2305.13245\"\n+    first_author: \"Ainslie\"\n+    year: 2023\n"
        + "+    topics:\n+      - attention\n");
    String before = Files.readString(registry.resolve("research.yaml"));
    CliRun write = CliRun.of("papers", "add", "2305.13245", registry.toString(), "--topic", "attention", "--write");
    assertThat(write.exitCode()).isZero();
    assertThat(Files.readString(registry.resolve("research.yaml"))).startsWith(before.substring(0, 1000))
        .contains("first_author: \"Ainslie\"\n    year: 2023\n    topics:\n      - attention\n");
    CliRun again = CliRun.of("papers", "add", "2305.13245", registry.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("paper 2305.13245 is already listed here");
  }

  @Test
  void addWithoutMetadataSaysWhereToGetIt() {
    CliRun r = CliRun.of("papers", "add", "2203.15556", registry.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no metadata for 2203.15556 in the lock file; name a --source");
  }

  @Test
  void refreshFromTheArxivApiAsksOnceForEveryIdAndRecordsTheAnswer() throws Exception {
    Files.writeString(registry.resolve("research.yaml"), "2023:\n  - title: \"GQA\"\n    arxiv_id: \"2305.13245\"\n"
        + "    first_author: \"Yang\"\n    year: 2023\n");
    List<String> queries = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/query", exchange -> {
      queries.add(exchange.getRequestURI().getRawQuery());
      byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      CliRun r = CliRun.of("papers", "refresh", "--source", "arxiv", "--api-url",
          "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query", registry.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(queries).containsExactly("id_list=2305.13245&max_results=1");
      assertThat(Files.readString(lock)).contains("\"source\": \"arxiv-api\"").contains("\"surname\": \"Ainslie\"");
      assertThat(CliRun.of("lint", registry.toString()).out()).contains("`Yang` is not the first author");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void helpExplainsTheLockFile() {
    assertThat(CliRun.of("papers", "--help").out()).contains("anthology.lock.json").contains("refresh").contains("add");
    assertThat(CliRun.of("papers", "refresh", "--help").out()).contains("--source=SOURCE").contains("--all");
  }

  private static final String FEED = """
      <?xml version='1.0' encoding='UTF-8'?>
      <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
        <id>https://arxiv.org/api/k3Q0nAUvT9tqFWmq4nGm9cHmcaE</id>
        <title>arXiv Query: search_query=&amp;id_list=2305.13245&amp;start=0&amp;max_results=1</title>
        <updated>2025-11-20T09:14:02Z</updated>
        <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
        <opensearch:totalResults>1</opensearch:totalResults>
        <opensearch:startIndex>0</opensearch:startIndex>
        <entry>
          <id>http://arxiv.org/abs/2305.13245v3</id>
          <title>GQA: Training Generalized Multi-Query Transformer Models from Multi-Head
        Checkpoints</title>
          <updated>2023-12-23T02:31:37Z</updated>
          <summary>A short summary written for this test.</summary>
          <published>2023-05-22T17:16:38Z</published>
          <arxiv:comment>Accepted at EMNLP 2023. Added to related work</arxiv:comment>
          <author>
            <name>Joshua Ainslie</name>
          </author>
          <author>
            <name>James Lee-Thorp</name>
          </author>
        </entry>
      </feed>
      """;
}
