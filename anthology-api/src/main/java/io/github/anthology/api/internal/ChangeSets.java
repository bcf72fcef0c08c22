package io.github.anthology.api.internal;

import io.github.anthology.api.edit.Changes;
import io.github.anthology.io.edit.ChangeSet;
import java.util.HashMap;
import java.util.Map;

/** The io module's change sets as the API's changes. */
public final class ChangeSets {
  private ChangeSets() {}

  /**
   * @param set the changes
   * @param originals the texts they were made against, by file name
   * @return the same changes as the API shows them
   */
  public static Changes toApi(ChangeSet set, Map<String, String> originals) {
    Map<String, String> revised = set.texts();
    Map<String, String> before = new HashMap<>();
    revised.keySet().forEach(file -> before.put(file, originals.get(file)));
    return new Changes(before, revised);
  }
}
