package io.github.anthology.render.view;

import java.util.Optional;

/**
 * One step of a supersession chain: a recommendation of the registry (its entry key), a paper
 * (its arXiv id), or an id that resolves to neither, shown as written.
 */
public record Link(String label, Optional<String> entryKey, Optional<String> arxivId) {}
