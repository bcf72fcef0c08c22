package io.github.anthology.render.build;

import java.util.function.Supplier;

/** One output file of a build: its path relative to the output directory, and its text, made on demand. */
public record Artifact(String path, Supplier<String> content) {}
