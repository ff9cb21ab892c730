package io.fluidedge.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's scenario.yaml through the command line, shortened to 0.2 s. */
class ScenarioRunTest {

  @TempDir
  Path dir;

  @Test
  void run_recordsTheTablesAccuracy() throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
        "scenario.yaml", "--out", dir.toString(), "--force", "--set", "duration-s=0.2");
    assertThat(code).as(err.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertThat(summary.get("requests").get("completed").asLong()).isPositive();
    // The table's accuracy in %, recorded where the PSNR would be.
    assertThat(summary.get("psnr_db_mean").asDouble()).isBetween(52.0, 81.5);
  }
}
