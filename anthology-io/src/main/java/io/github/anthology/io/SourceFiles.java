package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading input files as strict UTF-8, with errors that name the file. */
public final class SourceFiles {
  private SourceFiles() {}

  /** The file's text; a byte-order mark is dropped, bad UTF-8 is an error. */
  public static String read(Path path) throws ReadException {
    String name = display(path);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
    try {
      // The lenient decoder is the fast one; only a text with U+FFFD in it may hide malformed bytes.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw cannotRead(name, e);
    }
  }

  /** A strict UTF-8 reader of the file, for input streamed rather than read whole. */
  public static java.io.Reader reader(Path path) throws ReadException {
    try {
      return new java.io.InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    } catch (IOException e) {
      throw cannotRead(display(path), e);
    }
  }

  /** The error for a file that could not be read, or not decoded as UTF-8. */
  public static ReadException cannotRead(String name, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new ReadException(SourceSpan.ofFile(name), "file is not valid UTF-8");
    }
    return new ReadException(SourceSpan.ofFile(name), "cannot read file (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
  }

  /** How a path is shown in messages: as given, with forward slashes. */
  public static String display(Path path) {
    String shown = path.normalize().toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
