package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Plain words for a failed file operation: what went wrong and with which file, never a Java class name. */
public final class IoErrors {
  private IoErrors() {}

  /** {@code file: reason} when the failure names a file, else the reason. */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason(e);
    }
    return reason(e);
  }

  public static String describe(UncheckedIOException e) {
    return describe(e.getCause());
  }

  /** The failure as bad input of the file it names (else of {@code file}): exit code 2 and one line. */
  public static ReadException asReadException(IOException e, String file) {
    String where = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : file;
    return new ReadException(SourceSpan.ofFile(where), reason(e));
  }

  /** What went wrong, without the file. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic links loop";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof FileSystemException fs) {
      return fs.getReason() == null ? "cannot be accessed" : fs.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }
}
