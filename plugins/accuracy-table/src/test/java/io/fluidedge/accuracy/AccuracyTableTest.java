package io.fluidedge.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, interpolating and rejecting tables. */
class AccuracyTableTest {

  @TempDir
  Path dir;

  private Path write(String text) throws Exception {
    Path p = dir.resolve("t.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void accuracy_interpolatesBetweenRowsAndHoldsTheEnds() throws Exception {
    AccuracyTable t = AccuracyTable.read(write("# comment\nname,bits,accuracy\nx,2,10\n\n"
        + "y,4,30\nz,8,50\n"), "bits", "accuracy");
    assertThat(t.bits()).containsExactly(2, 4, 8);
    assertThat(t.accuracy(1)).isEqualTo(10);
    assertThat(t.accuracy(2)).isEqualTo(10);
    assertThat(t.accuracy(3)).isCloseTo(20, within(1e-12));
    assertThat(t.accuracy(6)).isCloseTo(40, within(1e-12));
    assertThat(t.accuracy(8)).isEqualTo(50);
    assertThat(t.accuracy(32)).isEqualTo(50);
  }

  @Test
  void read_namesTheFileLineAndColumnOfABadCell() throws Exception {
    Path p = write("bits,accuracy\n1,5\n2,x\n");
    assertThatThrownBy(() -> AccuracyTable.read(p, "bits", "accuracy"))
        .isInstanceOf(InputException.class)
        .hasMessage(p + ":3:3: accuracy: expected a finite number, got 'x'");
    Path q = write("bits,accuracy\n1,5\n3,4\n");
    assertThatThrownBy(() -> AccuracyTable.read(q, "bits", "accuracy"))
        .hasMessage(q + ":3:3: accuracy: accuracy must not decrease with more bits, got 4.0 "
            + "after 5.0");
    Path r = write("bits,accuracy\n4,5\n4,6\n");
    assertThatThrownBy(() -> AccuracyTable.read(r, "bits", "accuracy"))
        .hasMessage(r + ":3:1: bits: bits must increase from row to row, got 4 after 4");
    Path s = write("b,acc\n1,2\n");
    assertThatThrownBy(() -> AccuracyTable.read(s, "bits", "accuracy"))
        .hasMessage(s + ":1:1: header needs the columns 'bits' and 'accuracy', got 'b,acc'");
    Path e = write("bits,accuracy\n");
    assertThatThrownBy(() -> AccuracyTable.read(e, "bits", "accuracy"))
        .hasMessage(e + ": no rows after the header");
  }

  @Test
  void provider_reportsAMissingFileAtTheScenarioLine() {
    String yaml = "model: {accuracy: accuracy-table}\nplugins:\n  accuracy-table:\n"
        + "    file: nowhere.csv\n";
    var loaded = ScenarioLoader.loadWithLocations(yaml, "s.yaml", List.of());
    assertThatThrownBy(() -> PluginRegistry.load().validate(loaded))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:4:11: plugins.accuracy-table.file: no such file: "
            + java.nio.file.Path.of("nowhere.csv").toAbsolutePath().normalize());
  }

  @Test
  void provider_needsAFile() {
    var s = ScenarioLoader.load("model: {accuracy: accuracy-table}\n", "s.yaml", List.of());
    assertThatThrownBy(() -> PluginRegistry.load().accuracyModel(s))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml: plugins.accuracy-table.file: required: the CSV table of "
            + "(bits, accuracy)");
  }
}
