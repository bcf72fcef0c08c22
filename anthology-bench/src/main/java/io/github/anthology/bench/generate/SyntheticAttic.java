package io.github.anthology.bench.generate;

import java.util.List;

/** Why a paper was retired, and the papers (arXiv ids) that superseded it or relate to it. */
public record SyntheticAttic(String reason, List<String> supersededBy, List<String> seeAlso) {}
