package io.github.anthology.lsp;

import io.github.anthology.lsp.analysis.Analyser;
import io.github.anthology.lsp.analysis.Registries;
import io.github.anthology.lsp.analysis.Snapshot;
import io.github.anthology.lsp.features.CodeActions;
import io.github.anthology.lsp.features.Completions;
import io.github.anthology.lsp.features.Definitions;
import io.github.anthology.lsp.features.Hovers;
import io.github.anthology.lsp.features.Views;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.OpenDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The editor's documents: opening and changing one schedules a lint of its registry; hover,
 * completion, definition and code actions are answered on their own threads from the registry as
 * last read, never waiting for a lint.
 */
final class RegistryTextService implements TextDocumentService {
  private final OpenDocuments documents;
  private final Executor requests;
  private volatile Registries registries;
  private volatile Analyser analyser;
  private volatile Views views;

  RegistryTextService(OpenDocuments documents, Executor requests) {
    this.documents = documents;
    this.requests = requests;
  }

  void start(Registries known, Analyser runs) {
    this.registries = known;
    this.analyser = runs;
    this.views = new Views(known, runs, documents);
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    changed(documents.open(item.getUri(), item.getVersion(), item.getText()).path());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var id = params.getTextDocument();
    documents.change(id.getUri(), id.getVersion(), params.getContentChanges()).ifPresent(doc -> changed(doc.path()));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    documents.close(params.getTextDocument().getUri()).ifPresent(doc -> changed(doc.path()));
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // the text saved is the text already linted
  }

  /** Schedules a lint of the registry a file belongs to; finding which one reads the disk, so not on the caller's thread. */
  void changed(Path file) {
    Registries known = registries;
    if (known != null) {
      requests.execute(() -> known.scopeOf(file).ifPresent(analyser::changed));
    }
  }

  /** Schedules a lint of every registry whose files lie where a file changed on disk. */
  void changedOnDisk(Path file) {
    if (analyser != null) {
      analyser.latest().stream().map(Snapshot::scope).filter(s -> s.covers(file) || file.startsWith(s.directory()))
          .distinct().forEach(analyser::changed);
      changed(file);
    }
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(params.getTextDocument().getUri(), doc -> Hovers.at(doc, params.getPosition(), views.of(doc), registries.rules(doc.path()))
        .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return answer(params.getTextDocument().getUri(), doc -> Either.forRight(new CompletionList(false,
        Completions.at(doc, params.getPosition(), views.of(doc), registries.rules(doc.path())))));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    return answer(params.getTextDocument().getUri(), doc -> Either.forLeft(views.of(doc).filter(v -> v.current())
        .map(v -> Definitions.at(doc, params.getPosition(), v, documents::uriOf)).orElse(List.of())));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer(params.getTextDocument().getUri(), doc -> analyser.latestFor(doc.path()).filter(this::current)
        .map(s -> CodeActions.at(doc, params.getRange(), s, documents::uriOf)).orElse(List.of()).stream()
        .map(Either::<Command, CodeAction>forRight).toList());
  }

  /** Whether a run read every open document at its current version (else its edits would land on moved text). */
  private boolean current(Snapshot snapshot) {
    return snapshot.documents().stream().allMatch(d -> documents.get(d.path()).map(Document::version)
        .filter(v -> v == d.version()).isPresent());
  }

  private <T> CompletableFuture<T> answer(String uri, java.util.function.Function<Document, T> work) {
    Supplier<T> task = () -> {
      Optional<Document> doc = documents.get(OpenDocuments.pathOf(uri));
      return doc.isEmpty() || views == null ? null : work.apply(doc.get());
    };
    return CompletableFuture.supplyAsync(task, requests);
  }
}
