package io.github.anthology.bench.fuzz;

import io.github.anthology.cli.Main;
import io.github.anthology.cli.commands.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Runs commands of the CLI in-process on mutants of a registry's files and checks what must hold
 * whatever the input: exit code 0, 1 or 2; no stack trace and no internal error; on exit 2 no file
 * changed and nothing written; a file that read before a rewrite still reads after it; no
 * temporary file left behind.
 *
 * <pre>java -cp benchmarks.jar io.github.anthology.bench.fuzz.FuzzRun [--start N] [--mutants N] SOURCE_DIR</pre>
 */
public final class FuzzRun {
  /** The commands run on each mutant; {@code DIR} stands for the registry directory. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("lint", "DIR"),
      List.of("lint", "DIR", "--format", "sarif"),
      List.of("stats", "DIR"),
      List.of("ids", "DIR", "--write"),
      List.of("migrate", "DIR", "--write"),
      List.of("lint", "DIR", "--fix"),
      List.of("topic", "rename", "-r", "DIR", "model-stability", "stability-techniques", "--write"),
      List.of("topic", "split", "-r", "DIR", "data-pipeline", "--into", "a-pipeline", "b-pipeline", "--write"),
      List.of("build", "DIR", "--out", "OUT"),
      List.of("import-list", "DIR/list.md", "--output", "OUT.yaml"));

  private final Map<String, byte[]> sources;
  private final Path work;
  private final List<String> violations = new ArrayList<>();
  private int runs;

  /** @param sources the files of a registry (research.yaml, taxonomy.yaml, anthology.yaml, exports, list.md) by name */
  public FuzzRun(Map<String, byte[]> sources, Path work) {
    this.sources = sources;
    this.work = work;
  }

  /** What broke an invariant, one line each; empty when all held. */
  public List<String> violations() {
    return violations;
  }

  public int runs() {
    return runs;
  }

  /** Mutates each source file {@code perFile} times (one file a mutant, the others as they are) and runs every command on each. */
  public FuzzRun run(long seed, int perFile) throws IOException {
    Mutations mutations = new Mutations(seed);
    Random pick = new Random(seed);
    int n = 0;
    for (String file : sources.keySet().stream().sorted().toList()) {
      for (int i = 0; i < perFile; i++) {
        Map<String, byte[]> files = new HashMap<>(sources);
        files.put(file, mutations.mutate(sources.get(file)));
        List<String> command = COMMANDS.get(pick.nextInt(COMMANDS.size()));
        check(files, command, "seed " + seed + " mutant " + n++ + " of " + file);
        check(files, List.of("lint", "DIR/" + file), "seed " + seed + " mutant " + (n - 1) + " of " + file);
      }
    }
    return this;
  }

  private void check(Map<String, byte[]> files, List<String> command, String what) throws IOException {
    Path dir = Files.createDirectories(work.resolve("case-" + runs));
    runs++;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    Path out = work.resolve("out-" + runs);
    String[] args = command.stream().map(a -> a.replace("DIR", dir.toString()).replace("OUT", out.toString()))
        .toArray(String[]::new);
    boolean readBefore = reads(dir);
    StringWriter err = new StringWriter();
    int code = Main.run(new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), args);
    String label = what + ": anthology " + String.join(" ", command);
    String message = err.toString();
    if (code < 0 || code > 2) {
      violations.add(label + " exited " + code + ": " + firstLine(message));
    }
    if (message.contains("\tat ") || message.contains("internal error") || message.contains("Exception")) {
      violations.add(label + " printed a stack trace or class name: " + firstLine(message));
    }
    if (code == 2) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        if (!Arrays.equals(Files.readAllBytes(dir.resolve(f.getKey())), f.getValue())) {
          violations.add(label + " exited 2 and changed " + f.getKey());
        }
      }
      if (Files.exists(out) || Files.exists(Path.of(out + ".yaml"))) {
        violations.add(label + " exited 2 and wrote its output");
      }
    }
    if (readBefore && !reads(dir)) {
      violations.add(label + " left the registry unreadable");
    }
    try (Stream<Path> left = Files.list(dir)) {
      left.filter(p -> p.getFileName().toString().startsWith(".")).forEach(p ->
          violations.add(label + " left " + p.getFileName()));
    }
  }

  private static boolean reads(Path dir) {
    StringWriter sink = new StringWriter();
    PrintWriter quiet = new PrintWriter(sink, true);
    return Main.run(new Console(quiet, quiet), "lint", dir.toString(), "--rules", "none") == 0;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  public static void main(String[] args) throws IOException {
    long seed = 1;
    int mutants = 200;
    Path source = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--start" -> seed = Long.parseLong(args[++i]);
        case "--mutants" -> mutants = Integer.parseInt(args[++i]);
        default -> source = Path.of(args[i]);
      }
    }
    if (source == null) {
      throw new IllegalArgumentException("usage: FuzzRun [--start N] [--mutants N] SOURCE_DIR");
    }
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> list = Files.list(source)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    Path work = Files.createTempDirectory("anthology-fuzz");
    long start = System.nanoTime();
    FuzzRun run = new FuzzRun(files, work).run(seed, mutants);
    System.out.printf("%d runs on %d mutants of %d files in %.1f s: %d violations%n", run.runs(), mutants * files.size(),
        files.size(), (System.nanoTime() - start) / 1e9, run.violations().size());
    run.violations().forEach(System.out::println);
    if (!run.violations().isEmpty()) {
      throw new IllegalStateException(run.violations().size() + " violations");
    }
  }
}
