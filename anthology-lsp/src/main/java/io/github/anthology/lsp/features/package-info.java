/** Hover, completion, go-to-definition and code actions, computed from the registry model and the last run. */
package io.github.anthology.lsp.features;
