package io.github.anthology.cli.commands;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message for a mistyped command or option: what was not understood and, when a name of the
 * command is close enough (a few edits, as git and ESLint suggest), that name.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * @param ex what picocli could not match
   * @return one line, without the program's name
   */
  public static String message(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    if (unmatched.isEmpty()) {
      return ex.getMessage();
    }
    String typed = unmatched.get(0);
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    boolean option = typed.startsWith("-") && typed.length() > 1;
    String word = option ? typed.split("=", 2)[0] : typed;
    String what = option ? "unknown option `" + word + "`"
        : spec.subcommands().isEmpty() ? "unexpected argument `" + word + "`"
        : "unknown command `" + word + "` for `" + spec.qualifiedName() + "`";
    return closest(word, option ? optionNames(spec) : spec.subcommands().keySet().stream())
        .map(s -> what + "; did you mean `" + s + "`?").orElse(what);
  }

  /** The visible name nearest the typed one, if it is within a third of its length (at least 2 edits). */
  static Optional<String> closest(String typed, Stream<String> names) {
    int limit = Math.max(2, typed.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    return names.map(n -> new Scored(n, distance.apply(typed, n)))
        .filter(s -> s.distance() >= 0)
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .map(Scored::name);
  }

  private static Stream<String> optionNames(CommandSpec spec) {
    return spec.options().stream().filter(o -> !o.hidden()).flatMap(o -> Stream.of(o.names()));
  }

  private record Scored(String name, int distance) {}

  /** Whether the exception is about an argument that nothing matched. */
  public static boolean applies(CommandLine.ParameterException ex) {
    return ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty();
  }
}
