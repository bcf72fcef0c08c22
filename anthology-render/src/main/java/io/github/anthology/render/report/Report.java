package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.util.List;

/** Writes a list of findings in one format. */
public interface Report {
  void write(List<Finding> findings, Appendable out) throws IOException;
}
