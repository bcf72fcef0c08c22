package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code cd examples/sota/sub && anthology lint}: the launcher, run below the bundled example, finds its configuration above. */
class ConfigDiscoveryIT {
  @Test
  void aLintBelowTheExampleLintsTheRegistryItsConfigurationNames() throws Exception {
    BuiltCli.jar();
    ExternalTool.Result r = ExternalTool.run(BuiltCli.EXAMPLE.resolve("sub"), Map.of(), 2,
        List.of(BuiltCli.LAUNCHER.toString(), "lint"));
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("../taxonomy.yaml:").contains("0 errors");
  }
}
