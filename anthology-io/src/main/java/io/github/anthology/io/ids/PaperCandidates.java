package io.github.anthology.io.ids;

import io.github.anthology.model.Paper;
import java.util.List;

/** A paper of the registry and the positions of the published ids whose source is that paper. */
record PaperCandidates(Paper paper, List<Integer> published) {}
