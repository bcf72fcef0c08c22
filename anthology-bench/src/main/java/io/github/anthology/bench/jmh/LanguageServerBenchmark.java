package io.github.anthology.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a curator waits for while typing: from a change to the buffer (one topic tag retyped, sent
 * as the ranged change an editor sends) to the diagnostics of that version, with the server's own
 * debounce, against the real {@code anthology lsp} process over its standard input and output.
 * The registry is the real 119-paper research.yaml (its {@code MoE} tag toggled) unless
 * {@code -p registry=...} names another; {@code -p debounce=0} measures the lint alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class LanguageServerBenchmark {
  @Param({"testdata/anthology-of-the-sota/research.yaml"})
  String registry;

  @Param({"30"})
  long debounce;

  @Param({"      - MoE\n"})
  String tagLine;

  private Path dir;
  private Process process;
  private LanguageServer server;
  private String uri;
  private Position tagStart;
  private String current;
  private int version = 1;
  private final Object lock = new Object();
  private int published;

  @Setup
  public void start() throws Exception {
    dir = Files.createTempDirectory("anthology-lsp-bench");
    Path research = dir.resolve("research.yaml");
    String text = Files.readString(Path.of(registry));
    Files.writeString(research, text);
    uri = research.toUri().toString();
    int at = text.indexOf(tagLine);
    if (at < 0) {
      throw new IllegalStateException("the registry has no line " + tagLine.strip());
    }
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    tagStart = new Position(line, tagLine.indexOf('-') + 2);
    current = tagLine.strip().substring(2);
    process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "io.github.anthology.cli.Main", "lsp", "--debounce", Long.toString(debounce))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    var launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "bench")));
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
    awaitVersion(1);
  }

  /** Retypes the tag (MoE, then MoE2, then MoE, ...) and waits for the diagnostics of that version. */
  @Benchmark
  public int changeToDiagnostics() throws InterruptedException {
    String next = current.equals("MoE") ? "MoE2" : "MoE";
    Range range = new Range(tagStart, new Position(tagStart.getLine(), tagStart.getCharacter() + current.length()));
    version++;
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(range, next))));
    current = next;
    awaitVersion(version);
    return version;
  }

  private void awaitVersion(int wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (lock) {
      while (published < wanted) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no diagnostics for version " + wanted);
        }
        lock.wait(1000);
      }
    }
  }

  @TearDown
  public void stop() throws Exception {
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    process.waitFor(30, TimeUnit.SECONDS);
    process.destroyForcibly();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind
    }
  }

  /** Counts the diagnostics of the benchmark's document by version. */
  private final class Client implements LanguageClient {
    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      if (params.getUri().equals(uri) && params.getVersion() != null) {
        synchronized (lock) {
          published = Math.max(published, params.getVersion());
          lock.notifyAll();
        }
      }
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
