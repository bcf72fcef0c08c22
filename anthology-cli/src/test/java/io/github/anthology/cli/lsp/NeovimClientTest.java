package io.github.anthology.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: headless Neovim (Debian's {@code neovim}, 0.7 or later) with the setup of
 * docs/editors.md ({@code editors/neovim}) opens the bundled example, a bad tag is typed in, and
 * the diagnostic its built-in client shows is read back. Skipped without Neovim unless CI is set.
 */
class NeovimClientTest {
  static final Path NVIM = Path.of(System.getProperty("anthology.nvim", "/usr/bin/nvim"));

  @TempDir Path dir;

  @Test
  void aBadTagTypedInNeovimShowsTheServersDiagnostic() throws Exception {
    boolean present = Files.isExecutable(NVIM);
    if (System.getenv("CI") != null) {
      assertTrue(present, "CI is set, so the editor test must run, but Neovim is missing at " + NVIM
          + " (apt-get install -y neovim)");
    }
    assumeTrue(present, "Skipping the editor test: Neovim is not installed at " + NVIM + "; set CI=true to fail instead");

    Path research = dir.resolve("research.yaml");
    Files.copy(Path.of("../examples/sota/research.yaml"), research);
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    Path result = dir.resolve("diagnostics.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "io.github.anthology.cli.Main", "lsp").stream()
        .map(NeovimClientTest::lua).collect(Collectors.joining(", ", "{", "}"));
    Path init = dir.resolve("init.lua");
    Files.writeString(init, String.join("\n",
        "vim.opt.runtimepath:append(" + lua(Path.of("../editors/neovim").toAbsolutePath().normalize().toString()) + ")",
        "require('anthology').setup({ cmd = " + cmd + " })",
        ""));
    Path script = dir.resolve("type-bad-tag.lua");
    Files.writeString(script, String.join("\n",
        "local buf = vim.api.nvim_get_current_buf()",
        "local attached = vim.wait(60000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 50)",
        "local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)",
        "for i, line in ipairs(lines) do",
        "  if line == '      - training-optimization' then",
        "    vim.api.nvim_buf_set_text(buf, i - 1, 8, i - 1, 29, { 'Training_Optimization' })",
        "    break",
        "  end",
        "end",
        "vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)",
        "local out = { 'attached ' .. tostring(attached) }",
        "for _, d in ipairs(vim.diagnostic.get(buf)) do",
        "  table.insert(out, (d.lnum + 1) .. ':' .. (d.col + 1) .. ' ' .. (d.source or '') .. ' ' .. d.message)",
        "end",
        "vim.fn.writefile(out, " + lua(result.toString()) + ")",
        "vim.cmd('qa!')",
        ""));

    Process nvim = new ProcessBuilder(NVIM.toString(), "--headless", "-n", "-i", "NONE", "-u", init.toString(),
        research.toString(), "-c", "luafile " + script).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile())
        .start();
    assertThat(nvim.waitFor(150, TimeUnit.SECONDS)).as("Neovim finished").isTrue();

    List<String> shown = Files.readAllLines(result);
    assertThat(shown.get(0)).isEqualTo("attached true");
    assertThat(shown).anySatisfy(line -> assertThat(line).startsWith("12:9 anthology ")
        .contains("Training_Optimization"));
  }

  private static String lua(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
