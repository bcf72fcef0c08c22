package io.github.anthology.cli.commands;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --port N}: a TCP port, 0 (any free one) to 65535, refused before anything is built. */
final class PortConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // the same answer as a number out of range
    }
    throw new TypeConversionException("`" + value + "` is not a port; give 0 (any free port) to 65535");
  }
}
