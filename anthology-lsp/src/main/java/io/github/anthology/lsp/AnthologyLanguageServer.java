package io.github.anthology.lsp;

import io.github.anthology.lsp.analysis.Analyser;
import io.github.anthology.lsp.analysis.Publisher;
import io.github.anthology.lsp.analysis.Registries;
import io.github.anthology.lsp.text.OpenDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The server's life: {@code initialize} says what it offers and where the editor's workspace is,
 * {@code shutdown} stops linting, {@code exit} ends the session.
 */
public final class AnthologyLanguageServer implements LanguageServer, LanguageClientAware, AutoCloseable {
  private final ServerOptions options;
  private final Executor requests;
  private final OpenDocuments documents = new OpenDocuments();
  private final CompletableFuture<Void> exited = new CompletableFuture<>();
  private final RegistryTextService text;
  private final RegistryWorkspaceService workspace;
  private LanguageClient client;
  private Analyser analyser;
  private volatile boolean shutdown;

  /**
   * @param options how the server behaves
   * @param requests where requests are answered, so none waits for another or for a lint
   */
  public AnthologyLanguageServer(ServerOptions options, Executor requests) {
    this.options = options;
    this.requests = requests;
    this.text = new RegistryTextService(documents, requests);
    this.workspace = new RegistryWorkspaceService(text);
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    return CompletableFuture.supplyAsync(() -> {
      Registries registries = new Registries(roots(params), documents);
      analyser = new Analyser(registries, new Publisher(documents, client), options.debounceMillis());
      text.start(registries, analyser);
      ServerCapabilities capabilities = new ServerCapabilities();
      capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
      capabilities.setHoverProvider(true);
      capabilities.setDefinitionProvider(true);
      capabilities.setCompletionProvider(new CompletionOptions(false, List.of(" ", ",", "[", "-", "/")));
      capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
      return new InitializeResult(capabilities, new ServerInfo("anthology", version()));
    }, requests);
  }

  private static List<Path> roots(InitializeParams params) {
    List<Path> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        roots.add(OpenDocuments.pathOf(folder.getUri()));
      }
    }
    @SuppressWarnings("deprecation")
    String rootUri = params.getRootUri();
    if (roots.isEmpty() && rootUri != null) {
      roots.add(OpenDocuments.pathOf(rootUri));
    }
    return roots;
  }

  private static String version() {
    String v = AnthologyLanguageServer.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exited.complete(null);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return text;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  /** @return completes when the editor says {@code exit} */
  CompletableFuture<Void> exited() {
    return exited;
  }

  /** @return 0 when the editor shut the server down before {@code exit}, else 1 */
  int exitCode() {
    return shutdown ? 0 : 1;
  }

  /** Stops linting. */
  @Override
  public void close() {
    if (analyser != null) {
      analyser.close();
    }
  }
}
