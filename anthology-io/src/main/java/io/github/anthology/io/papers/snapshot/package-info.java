/** arXiv's metadata snapshot (JSON lines), indexed once into a compact side file and looked up from it. */
package io.github.anthology.io.papers.snapshot;
