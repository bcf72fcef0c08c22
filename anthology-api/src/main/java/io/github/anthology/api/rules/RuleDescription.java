package io.github.anthology.api.rules;

import io.github.anthology.api.lint.Level;
import java.util.Optional;

/**
 * A rule as the catalogue lists it.
 *
 * @param id {@code category/name}
 * @param summary one sentence: what it checks
 * @param defaultLevel its severity unless configured otherwise
 * @param fixable whether its findings carry a mechanical fix
 * @param since the version that introduced it
 * @param preset the smallest preset that enables it ({@code recommended}, {@code strict} or {@code all})
 * @param documentationUrl where its page is published, if anywhere
 * @param plugin the plugin jar it came from, or empty for a built-in rule
 */
public record RuleDescription(String id, String summary, Level defaultLevel, boolean fixable, String since,
    String preset, Optional<String> documentationUrl, Optional<String> plugin) {}
