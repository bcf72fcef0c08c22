package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reading input files as strict UTF-8, with errors that name the file. */
public final class SourceFiles {
  /** How far into a file the place of a bad byte is looked for. */
  private static final int MAX_SCANNED = 512 * 1024 * 1024;
  /** How much of a file one read takes. */
  private static final int SLICE = 1024 * 1024;

  private SourceFiles() {}

  /** The file's text; a byte-order mark is dropped, bad UTF-8 is an error. */
  public static String read(Path path) throws ReadException {
    String name = display(path);
    byte[] bytes;
    try {
      bytes = readAllBytes(path);
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

  /**
   * The file's bytes, read a slice at a time: {@code Files.readAllBytes} reads a file in one call,
   * through a native buffer as large as the file that the JDK then keeps for the thread (250 MB
   * of memory outside the heap for a 250 MB research.yaml, until the process ends).
   */
  static byte[] readAllBytes(Path path) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("file is larger than 2 GB");
      }
      byte[] bytes = new byte[(int) size];
      int read = 0;
      while (read < bytes.length) {
        int n = channel.read(ByteBuffer.wrap(bytes, read, Math.min(SLICE, bytes.length - read)));
        if (n < 0) {
          return Arrays.copyOf(bytes, read); // the file shrank while it was read
        }
        read += n;
      }
      byte[] rest = Channels.newInputStream(channel).readAllBytes(); // or grew
      if (rest.length == 0) {
        return bytes;
      }
      byte[] all = Arrays.copyOf(bytes, read + rest.length);
      System.arraycopy(rest, 0, all, read, rest.length);
      return all;
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

  /** The error for a file that could not be read, or not decoded as UTF-8 (then with the place of the first bad byte). */
  public static ReadException cannotRead(String name, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new ReadException(malformedAt(name), "file is not valid UTF-8 (a byte here is not part of any character);"
          + " save it as UTF-8");
    }
    return IoErrors.asReadException(e, name);
  }

  /** Where the first byte that is not UTF-8 is in the named file, as line and column; the file alone if it cannot be told. */
  static SourceSpan malformedAt(String name) {
    try (java.io.InputStream in = Files.newInputStream(Path.of(name))) {
      byte[] bytes = in.readNBytes(MAX_SCANNED);
      java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer input = ByteBuffer.wrap(bytes);
      java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length + 1);
      if (!decoder.decode(input, output, true).isError()) {
        return SourceSpan.ofFile(name);
      }
      int bad = input.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      return new SourceSpan(name, line, column, line, column, -1, -1);
    } catch (IOException | RuntimeException e) {
      return SourceSpan.ofFile(name);
    }
  }

  /** How a path is shown in messages: as given, with forward slashes. */
  public static String display(Path path) {
    String shown = path.normalize().toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
