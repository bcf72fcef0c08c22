/** The editor's open documents and the mapping between character offsets and protocol positions. */
package io.github.anthology.lsp.text;
