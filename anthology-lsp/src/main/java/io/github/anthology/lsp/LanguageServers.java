package io.github.anthology.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams (standard input and output, for an editor). */
public final class LanguageServers {
  private LanguageServers() {}

  /**
   * Serves one editor until it sends {@code exit} or closes the input.
   *
   * @param in the editor's messages
   * @param out where replies and notifications go; nothing else may write there
   * @param options how the server behaves
   * @return the exit code: 0 after {@code shutdown} then {@code exit}, 1 otherwise
   */
  public static int run(InputStream in, OutputStream out, ServerOptions options) {
    ExecutorService requests = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "anthology-lsp-requests");
      t.setDaemon(true);
      return t;
    });
    AnthologyLanguageServer server = new AnthologyLanguageServer(options, requests);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, requests, null);
    server.connect(launcher.getRemoteProxy());
    var listening = launcher.startListening();
    try {
      server.exited().thenRun(() -> listening.cancel(true));
      listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      // the input closed or the editor said exit
    } finally {
      server.close();
      requests.shutdownNow();
    }
    return server.exitCode();
  }
}
