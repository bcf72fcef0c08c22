package io.github.anthology.cli.lsp;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server process ({@code java -cp ... io.github.anthology.cli.Main lsp}, the test class
 * path's classes) and an LSP4J client speaking to it, with every message kept as a transcript.
 */
final class LspSession implements AutoCloseable {
  static final long TIMEOUT_SECONDS = 60;

  final Process process;
  final LanguageServer server;
  private final Map<String, List<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
  private final Object lock = new Object();

  private LspSession(Process process, Launcher<LanguageServer> launcher) {
    this.process = process;
    this.server = launcher.getRemoteProxy();
  }

  static LspSession start(Path root, String... serverArgs) throws Exception {
    return start(root, List.of(java(), "-cp", System.getProperty("java.class.path"), "io.github.anthology.cli.Main"),
        serverArgs);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts {@code LAUNCH lsp ARGS}: the test class path's Main, or the shaded jar. */
  static LspSession start(Path root, List<String> launch, String... serverArgs) throws Exception {
    List<String> command = new ArrayList<>(launch);
    command.add("lsp");
    command.addAll(List.of(serverArgs));
    Path err = Files.createTempFile(root, "server", ".err");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    Holder holder = new Holder();
    StringWriter trace = new StringWriter();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(holder, process.getInputStream(),
        process.getOutputStream(), false, new PrintWriter(trace, true));
    LspSession session = new LspSession(process, launcher);
    holder.session = session;
    session.traceInto(trace);
    launcher.startListening();
    InitializeParams init = new InitializeParams();
    init.setProcessId((int) ProcessHandle.current().pid());
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "registry")));
    init.setCapabilities(new ClientCapabilities());
    session.server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    session.server.initialized(new InitializedParams());
    return session;
  }

  private StringWriter trace;

  private void traceInto(StringWriter writer) {
    this.trace = writer;
  }

  /** @return every message so far, both ways, as LSP4J traces them */
  String transcript() {
    return trace.toString();
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  void open(Path file, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "yaml", 1, text)));
  }

  void change(Path file, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** Waits for diagnostics of a file that satisfy a condition, and returns them. */
  PublishDiagnosticsParams await(Path file, Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    synchronized (lock) {
      while (true) {
        List<PublishDiagnosticsParams> all = published.getOrDefault(uri(file), List.of());
        for (int i = all.size() - 1; i >= 0; i--) {
          if (wanted.test(all.get(i))) {
            return all.get(i);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || !process.isAlive()) {
          throw new AssertionError("no diagnostics as wanted for " + file + "; got " + all + "; server alive: "
              + process.isAlive());
        }
        lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** Waits for the diagnostics of a file at a version. */
  PublishDiagnosticsParams await(Path file, int version) throws InterruptedException {
    return await(file, p -> p.getVersion() != null && p.getVersion() == version);
  }

  List<PublishDiagnosticsParams> all(Path file) {
    synchronized (lock) {
      return List.copyOf(published.getOrDefault(uri(file), List.of()));
    }
  }

  /** Shuts the server down and says exit; returns its exit status. */
  int shutdownAndExit() throws Exception {
    server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    server.exit();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not exit");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void received(PublishDiagnosticsParams params) {
    synchronized (lock) {
      published.computeIfAbsent(params.getUri(), u -> new ArrayList<>()).add(params);
      lock.notifyAll();
    }
  }

  /** The client side: keeps diagnostics, ignores the rest. */
  private static final class Holder implements LanguageClient {
    LspSession session;

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      session.received(diagnostics);
    }

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
