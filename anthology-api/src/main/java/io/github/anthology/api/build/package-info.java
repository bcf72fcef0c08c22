/** Options and results of rendering a registry: documents, exports and the static site. */
package io.github.anthology.api.build;
