package example.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's scenario.yaml, all three examples at once, through the command line. */
class ScenarioRunTest {

  @TempDir
  Path dir;

  @Test
  void run_usesEveryExample() throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
        "scenario.yaml", "--out", dir.toString(), "--force", "--set", "duration-s=0.5");
    assertThat(code).as(err.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    long completed = summary.get("requests").get("completed").asLong();
    assertThat(completed).isPositive();
    // The logistic curve's accuracy, in %, recorded where the PSNR would be.
    assertThat(summary.get("psnr_db_mean").asDouble()).isBetween(0.1, 81.1);
    assertThat(summary.get("slow-requests").get("slow").asLong()).isBetween(0L, completed);
    // Weights 4:2:1:1: user 0 gets about half of the requests.
    long user0 = summary.get("users").get(0).get("completed").asLong();
    assertThat((double) user0 / completed).isBetween(0.3, 0.7);
  }
}
