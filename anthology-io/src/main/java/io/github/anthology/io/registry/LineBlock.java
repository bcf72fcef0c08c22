package io.github.anthology.io.registry;

/**
 * A run of whole lines of a JSONL file, held as the characters the file decoded to: for each
 * non-blank line, where it starts and ends in {@link #chars} (a trailing {@code \r} left out) and
 * its 1-based line number. The block's first character stands at {@link #firstOffset} of the file;
 * its first non-blank line is record {@link #firstIndex}.
 */
record LineBlock(char[] chars, long firstOffset, int firstIndex, int count, int[] starts, int[] ends, int[] lines) {

  /** The file offset of character {@code i} of the block. */
  long offset(int i) {
    return firstOffset + i;
  }
}
