package io.github.anthology.lsp;

import io.github.anthology.lsp.text.OpenDocuments;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Files changed on disk (a saved taxonomy, a new configuration) re-lint the registries they belong to. */
final class RegistryWorkspaceService implements WorkspaceService {
  private final RegistryTextService text;

  RegistryWorkspaceService(RegistryTextService text) {
    this.text = text;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // configuration comes from anthology.yaml, not from the editor's settings
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    params.getChanges().forEach(change -> text.changedOnDisk(OpenDocuments.pathOf(change.getUri())));
  }
}
