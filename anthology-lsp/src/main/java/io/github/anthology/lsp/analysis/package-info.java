/** Which registry a document belongs to, and its debounced, cancellable lint runs whose findings become diagnostics. */
package io.github.anthology.lsp.analysis;
