package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write goes to the file a link names, keeps what the file is (mode, owner, other names), and spares a read-only one. */
class LinksAndModesTest {
  @TempDir Path dir;

  private static void write(Path file, String text) throws IOException {
    AtomicWriter.standard().write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSymbolicLinkStaysALinkAndTheFileItNamesIsWritten() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path target = Files.writeString(real.resolve("research.yaml"), "old\n");
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("link")).resolve("research.yaml"),
        Path.of("../real/research.yaml"));

    write(link, "new\n");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("new");
    assertThat(leftovers(real)).isEmpty();
    assertThat(leftovers(link.getParent())).isEmpty();
  }

  @Test
  void aFileWithAnotherHardLinkIsWrittenInPlaceSoBothNamesSeeTheNewText() throws IOException {
    Path file = Files.writeString(dir.resolve("research.yaml"), "old\n");
    Path other = Files.createLink(dir.resolve("copy.yaml"), file);
    Object inode = Files.getAttribute(file, "unix:ino");

    write(file, "new\n");

    assertThat(other).hasContent("new");
    assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
    assertThat((Integer) Files.getAttribute(file, "unix:nlink")).isEqualTo(2);
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void aReadOnlyFileIsRefusedAndLeftAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("research.yaml"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    assertThatThrownBy(() -> write(file, "new\n")).isInstanceOf(IOException.class).hasMessageContaining("read-only");

    assertThat(file).hasContent("old");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void theFileKeepsItsModeOwnerAndGroup() throws IOException {
    Path file = Files.writeString(dir.resolve("taxonomy.yaml"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal owner = view.getOwner();
    GroupPrincipal group = view.readAttributes().group();
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    if (System.getProperty("user.name").equals("root")) {
      owner = users.lookupPrincipalByName("nobody");
      group = users.lookupPrincipalByGroupName("nogroup");
      view.setOwner(owner);
      view.setGroup(group);
    }

    write(file, "new\n");

    PosixFileAttributeView after = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    assertThat(file).hasContent("new");
    assertThat(after.getOwner()).isEqualTo(owner);
    assertThat(after.readAttributes().group()).isEqualTo(group);
    assertThat(PosixFilePermissions.toString(after.readAttributes().permissions())).isEqualTo("rw-rw----");
  }

  @Test
  void anOwnerThisProcessCannotGiveMakesItWriteInPlace() throws IOException {
    assumeTrue(!System.getProperty("user.name").equals("root"), "root can give any owner");
    Path file = Files.writeString(dir.resolve("research.yaml"), "old\n");
    WriteTarget target = WriteTarget.of(file);
    assertThat(target.inPlace()).isFalse();
  }

  @Test
  void aDirectoryIsNotAFileToWrite() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("research.yaml"));
    assertThatThrownBy(() -> write(sub, "x")).isInstanceOf(IOException.class).hasMessageContaining("is a directory");
  }

  static java.util.List<Path> leftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
