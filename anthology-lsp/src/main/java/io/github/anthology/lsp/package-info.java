/** The language server of registry files: its protocol entry point and the handlers of each request, on the facade. */
package io.github.anthology.lsp;
