package io.github.anthology.lsp.text;

import java.nio.file.Path;

/**
 * An open document as the editor last sent it.
 *
 * @param uri the editor's name for it, kept as sent so replies use the same spelling
 * @param path the file it stands for
 * @param version the editor's version of the text
 * @param text the text
 */
public record Document(String uri, Path path, int version, String text) {}
