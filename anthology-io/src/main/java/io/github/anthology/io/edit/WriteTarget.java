package io.github.anthology.io.edit;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Where a write really goes and what the file there must keep. A symbolic link is followed, so the
 * file it points to is written and the link stays a link; an existing file keeps its mode, owner
 * and group; a file with other hard links, or whose owner this process cannot give a new file, is
 * written in place so that every name keeps seeing it. A read-only file is refused: its mode says
 * it is not to be changed, even by a user who could.
 */
record WriteTarget(Path shown, Path real, boolean exists, PosixFileAttributes attributes, boolean inPlace) {
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  static WriteTarget of(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(path.toString(), null, "is a directory");
    }
    if (!Files.exists(absolute)) {
      if (Files.isSymbolicLink(absolute)) {
        throw new FileSystemException(path.toString(), null, "is a symbolic link to a file that does not exist");
      }
      Path parent = absolute.getParent();
      if (!Files.isDirectory(parent)) {
        throw new FileSystemException(path.toString(), null, "its directory does not exist");
      }
      return new WriteTarget(path, parent.toRealPath().resolve(absolute.getFileName()), false, null, false);
    }
    Path real = absolute.toRealPath();
    if (!Files.isRegularFile(real)) {
      throw new FileSystemException(path.toString(), null, "is not a regular file");
    }
    PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
    PosixFileAttributes attributes = view == null ? null : view.readAttributes();
    boolean ownerMayWrite = attributes == null || attributes.permissions().contains(PosixFilePermission.OWNER_WRITE);
    if (!ownerMayWrite || !Files.isWritable(real)) {
      throw new FileSystemException(path.toString(), null,
          "is read-only; nothing was written (make it writable, e.g. chmod u+w, to let anthology change it)");
    }
    return new WriteTarget(path, real, true, attributes, linkCount(real) > 1);
  }

  private static int linkCount(Path real) {
    try {
      return (Integer) Files.getAttribute(real, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
  }

  /**
   * Gives a staged file this target's mode, owner and group; false when the owner or group cannot
   * be given (the file is then written in place, which keeps them).
   */
  boolean dress(Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return true;
    }
    if (attributes == null) {
      view.setPermissions(NEW_FILE);
      return true;
    }
    view.setPermissions(attributes.permissions());
    UserPrincipal owner = attributes.owner();
    GroupPrincipal group = attributes.group();
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.owner().equals(owner)) {
        view.setOwner(owner);
      }
      if (!now.group().equals(group)) {
        view.setGroup(group);
      }
      view.setPermissions(attributes.permissions());
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
