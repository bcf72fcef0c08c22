/** The arXiv API over HTTP: batched, paced and retried requests, and its Atom responses parsed safely. */
package io.github.anthology.io.papers.arxiv;
