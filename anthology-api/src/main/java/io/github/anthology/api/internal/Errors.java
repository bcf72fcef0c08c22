package io.github.anthology.api.internal;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.io.IoErrors;
import io.github.anthology.io.ReadException;
import io.github.anthology.render.template.TemplateException;
import io.github.anthology.rules.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The library modules' errors as the one exception of the API, each with its place and problem. */
public final class Errors {
  private Errors() {}

  /** Work that may fail to read its input. */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * Does the work.
     *
     * @return its result
     * @throws ReadException when input cannot be read
     * @throws IOException when a file cannot be read or written
     */
    T call() throws ReadException, IOException;
  }

  /**
   * Runs work, turning unreadable input, a bad configuration and a failed write into an {@link AnthologyException}.
   *
   * @param <T> the result type
   * @param work the work
   * @return its result
   * @throws AnthologyException when the work could not be done for one of those reasons
   */
  public static <T> T translate(Reading<T> work) throws AnthologyException {
    try {
      return work.call();
    } catch (ReadException e) {
      throw AnthologyException.at(e.span(), e.problem());
    } catch (ConfigException e) {
      String prefix = e.span().location() + ": ";
      String message = e.getMessage();
      throw AnthologyException.at(e.span(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    } catch (IOException e) {
      throw AnthologyException.of(describe(e), e);
    } catch (UncheckedIOException e) {
      throw AnthologyException.of(IoErrors.describe(e), e);
    } catch (TemplateException e) {
      throw AnthologyException.of(e.getMessage(), e);
    }
  }

  /**
   * A file that could not be written, in one line: {@code cannot write FILE: Class message}.
   *
   * @param file the file
   * @param e what was thrown
   * @return the exception to throw
   */
  public static AnthologyException cannotWrite(Path file, IOException e) {
    String described = describe(e);
    return AnthologyException.of("cannot write " + (described.startsWith(file.toString()) ? "" : file + ": ") + described, e);
  }

  /**
   * An I/O exception as one line in plain words: what went wrong, with which file.
   *
   * @param e the exception
   * @return the description
   */
  public static String describe(IOException e) {
    return IoErrors.describe(e);
  }
}
