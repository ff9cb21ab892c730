package io.fluidedge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names of the files entity plugins add to a run's output directory. */
class PluginFilesTest {

  @Test
  void checkPluginFile_acceptsPlainNewNames() {
    Set<String> taken = new HashSet<>(RunSession.CORE_OUTPUTS);
    RunSession.checkPluginFile("fl", "fl-rounds.csv", taken);
    RunSession.checkPluginFile("fl", "fl_2.json", taken);
    assertThat(taken).contains("fl-rounds.csv", "fl_2.json");
  }

  @Test
  void checkPluginFile_rejectsPathsHiddenCoreAndRepeatedNames() {
    Set<String> taken = new HashSet<>(RunSession.CORE_OUTPUTS);
    RunSession.checkPluginFile("a", "a.csv", taken);
    for (String bad : new String[] {"../x.csv", "sub/x.csv", ".hidden", "", "summary.json",
        "blocks.csv", "plots", "a.csv", "x y.csv"}) {
      assertThatThrownBy(() -> RunSession.checkPluginFile("b", bad, taken))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("entity plugin 'b' may not write an output file named '" + bad + "'");
    }
  }
}
