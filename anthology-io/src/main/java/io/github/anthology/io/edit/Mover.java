package io.github.anthology.io.edit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a finished temporary file in the place of its target; tests inject one that fails. */
@FunctionalInterface
public interface Mover {
  void move(Path temporary, Path target) throws IOException;

  /**
   * An atomic rename; where the file system cannot rename atomically, a plain replacing move
   * (still a rename within one directory on every common file system).
   */
  static Mover atomic() {
    return (temporary, target) -> {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    };
  }
}
