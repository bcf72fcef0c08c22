package io.github.anthology.api.diff;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A comparison of two registry versions.
 *
 * @param text the diff in the format asked for
 * @param findingsIntroduced how many lint findings the new version has that the old one did not
 * @param findingsResolved how many lint findings of the old version the new one no longer has
 * @param written the file the diff was written to, if one was asked for
 */
public record DiffResult(String text, int findingsIntroduced, int findingsResolved, Optional<Path> written) {}
