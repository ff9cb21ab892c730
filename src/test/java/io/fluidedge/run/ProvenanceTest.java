package io.fluidedge.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --version, and the provenance of summary.json and of the aggregates' provenance.json. */
class ProvenanceTest {

  private static final String SCENARIO = String.join("\n",
      "name: tiny",
      "duration-s: 0.3",
      "coherence-s: 0.02",
      "traffic: {rate-hz: 20}",
      "output: {window-s: 0.1, plots: false}",
      "");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private static String cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
    assertThat(code).as(e.toString()).isZero();
    return o.toString();
  }

  /** SHA-256 of the bytes, by the JDK's digest over the whole array (not the code's stream). */
  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The project version declared in pom.xml (the first version after the artifactId). */
  private static String pomVersion() throws IOException {
    Matcher m = Pattern.compile("<artifactId>fluidedge</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void sha256_matchesTheStandardTestVector() throws Exception {
    Path abc = Files.writeString(tmp.resolve("abc"), "abc");
    assertThat(Provenance.sha256(abc))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Provenance.sha256(tmp.resolve("missing"))).isNull();
  }

  @Test
  void buildInfo_hasThePomVersion_andACommitWhenBuiltFromGit() throws IOException {
    BuildInfo build = BuildInfo.current();
    assertThat(build.version()).isEqualTo(pomVersion());
    if (Files.exists(Path.of(".git"))) {
      assertThat(build.commit()).matches("[0-9a-f]{40}(-dirty)?");
    } else {
      assertThat(build.commit()).isNotEmpty();
    }
  }

  @Test
  void version_printsVersionAndCommit() throws IOException {
    String out = cli("--version");
    assertThat(out).contains("fluidedge " + pomVersion() + " (commit "
        + BuildInfo.current().commit() + ")").contains("Java " + System.getProperty(
            "java.version"));
  }

  @Test
  void summaryJson_recordsProvenanceLast_withTheScenarioFilesSha256() throws Exception {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    Path out = tmp.resolve("out");
    cli("run", scenario.toString(), "--out", out.toString(), "--seed", "3");
    JsonNode root = JSON.readTree(out.resolve("summary.json").toFile());
    List<String> keys = names(root.fieldNames());
    assertThat(keys.get(keys.size() - 1)).isEqualTo("provenance");
    JsonNode p = root.get("provenance");
    assertThat(names(p.fieldNames())).containsExactly("tool", "version",
        "commit", "java", "scenario_sha256", "command");
    assertThat(p.get("tool").asText()).isEqualTo("fluidedge");
    assertThat(p.get("version").asText()).isEqualTo(pomVersion());
    assertThat(p.get("commit").asText()).isEqualTo(BuildInfo.current().commit());
    assertThat(p.get("java").asText()).isEqualTo(System.getProperty("java.version"));
    assertThat(p.get("scenario_sha256").asText())
        .isEqualTo(sha256(SCENARIO.getBytes(StandardCharsets.UTF_8)));
    assertThat(p.get("command").asText()).isEqualTo("fluidedge run " + scenario + " --out "
        + out + " --seed 3");
  }

  @Test
  void aggregates_writeProvenanceJson() throws Exception {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    String sha = sha256(Files.readAllBytes(scenario));
    Path compare = tmp.resolve("compare");
    cli("compare", scenario.toString(), "--policies", "joint,fpa", "--replications", "1",
        "--out", compare.toString());
    Path sweep = tmp.resolve("sweep");
    cli("sweep", scenario.toString(), "--grid", "radio.snr-db=0,10", "--replications", "1",
        "--out", sweep.toString());
    for (Path dir : List.of(compare, sweep)) {
      JsonNode p = JSON.readTree(dir.resolve(Provenance.FILE).toFile());
      assertThat(p.get("scenario_sha256").asText()).as(dir.toString()).isEqualTo(sha);
      assertThat(p.get("commit").asText()).isEqualTo(BuildInfo.current().commit());
      assertThat(p.get("command").asText()).startsWith("fluidedge " + dir.getFileName());
    }
    // Each sweep run's summary.json carries the same scenario hash.
    try (var runs = Files.list(sweep.resolve("runs"))) {
      for (Path run : runs.toList()) {
        assertThat(JSON.readTree(run.resolve("summary.json").toFile()).get("provenance")
            .get("scenario_sha256").asText()).isEqualTo(sha);
      }
    }
  }

  private static List<String> names(java.util.Iterator<String> it) {
    List<String> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
