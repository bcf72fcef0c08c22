package io.github.anthology.io.papers;

import io.github.anthology.model.PaperMetadata;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A lock file's entries as a source: what was recorded, offline; nothing is asked of arXiv. */
public final class LockedSource implements PaperMetadataSource {
  private final Map<String, PaperMetadata> entries;

  public LockedSource(Map<String, PaperMetadata> entries) {
    this.entries = Map.copyOf(entries);
  }

  @Override
  public String name() {
    return "lock-file";
  }

  @Override
  public Map<String, PaperMetadata> lookup(Collection<String> ids) {
    Map<String, PaperMetadata> out = new LinkedHashMap<>();
    for (String id : ids) {
      PaperMetadata m = entries.get(id);
      if (m != null) {
        out.put(id, m);
      }
    }
    return out;
  }
}
