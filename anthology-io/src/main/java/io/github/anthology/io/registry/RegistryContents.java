package io.github.anthology.io.registry;

import io.github.anthology.model.Recommendation;
import java.util.List;

/** What a registry export holds: its schema version and its recommendations, in order. */
public record RegistryContents(String schemaVersion, List<Recommendation> recommendations) {
  public RegistryContents {
    recommendations = List.copyOf(recommendations);
  }
}
