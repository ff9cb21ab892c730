package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra blocks.csv columns (entity plugins'): appended after the built-in columns. */
class BlocksCsvExtraColumnsTest {

  @TempDir
  Path dir;

  @Test
  void blockColumns_areAppendedWithTheirValuesNaNEmpty() throws Exception {
    List<BlockRecord> blocks = Fixtures.blocks(3, 4, 2, 2, 3, 0.01);
    try (RunRecorder rec = new RunRecorder(2, 0.01, false, false, dir)) {
      rec.blockColumns(List.of("energy_j", "queue"));
      for (int i = 0; i < blocks.size(); i++) {
        rec.block(blocks.get(i).withColumns(new double[] {0.25 * i, i == 1 ? Double.NaN : i}));
      }
      RunOutputs.write(dir, RunInfo.of("x", 1, true, 0.03, 0), rec, null);
    }
    List<String> lines = Files.readAllLines(dir.resolve(RunOutputs.BLOCKS_CSV));
    assertThat(lines.get(0)).isEqualTo(BlocksCsv.header(2, 2) + ",energy_j,queue");
    assertThat(lines.get(1)).endsWith(",0,0");
    assertThat(lines.get(2)).endsWith(",0.25,");
    assertThat(lines.get(3)).endsWith(",0.5,2");
  }

  @Test
  void blockColumns_mustComeBeforeTheFirstBlockAndMatchItsValues() {
    List<BlockRecord> blocks = Fixtures.blocks(3, 4, 2, 2, 2, 0.01);
    try (RunRecorder rec = new RunRecorder(2, 0.01, false, false, dir)) {
      rec.blockColumns(List.of("a"));
      assertThatThrownBy(() -> rec.block(blocks.get(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected 1 extra column values, got 0");
      rec.block(blocks.get(0).withColumns(new double[] {1}));
      assertThatThrownBy(() -> rec.blockColumns(List.of("b")))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
