package io.fluidedge.traffic;

import static io.fluidedge.traffic.Traces.settings;
import static io.fluidedge.traffic.Traces.skipping;
import static io.fluidedge.traffic.Traces.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Traffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceVerdictsTest {

  private static final String TRACE = "time_s,user\n0.5,0\n1.0,1\nbad,0\n2.5,1\n";

  @TempDir
  Path dir;

  @BeforeEach
  void forget() {
    TraceVerdicts.clear();
  }

  private static TraceVerdicts.Verdict check(Path f, Traffic settings, double durationS) {
    try (TraceReader r = TraceReader.open(f, settings, 2, 1000)) {
      return TraceVerdicts.check(r, durationS, Long.MAX_VALUE);
    }
  }

  @Test
  void check_sameFileTwice_secondRemembered() {
    Path f = write(dir.resolve("t.csv"), TRACE);
    TraceVerdicts.Verdict first = check(f, skipping(), 10);
    TraceVerdicts.Verdict second = check(f, skipping(), 10);
    assertThat(first.remembered()).isFalse();
    assertThat(first.requests()).isEqualTo(3);
    assertThat(first.rejected()).isEqualTo(1);
    assertThat(first.firstRejection()).contains("t.csv:4:1");
    assertThat(second.remembered()).isTrue();
    assertThat(second).isEqualTo(new TraceVerdicts.Verdict(3, 1, first.firstRejection(), true));
  }

  @Test
  void check_fileRewritten_readAgain() throws Exception {
    Path f = write(dir.resolve("t.csv"), TRACE);
    check(f, skipping(), 10);
    write(f, TRACE + "3.0,0\n");
    TraceVerdicts.Verdict again = check(f, skipping(), 10);
    assertThat(again.remembered()).isFalse();
    assertThat(again.requests()).isEqualTo(4);
  }

  @Test
  void check_sameSizeNewModificationTime_readAgain() throws Exception {
    Path f = write(dir.resolve("t.csv"), TRACE);
    check(f, skipping(), 10);
    write(f, TRACE.replace("2.5", "2.6"));
    Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis()
        + 5000));
    assertThat(check(f, skipping(), 10).remembered()).isFalse();
  }

  @Test
  void check_otherDurationOrSettings_readAgain() {
    Path f = write(dir.resolve("t.csv"), TRACE);
    check(f, skipping(), 10);
    TraceVerdicts.Verdict shorter = check(f, skipping(), 1.0);
    assertThat(shorter.remembered()).isFalse();
    assertThat(shorter.requests()).isEqualTo(2);
    Traffic scaled = settings(Traces.DEFAULT_COLUMNS, 0, Traffic.UserAssignment.ROUND_ROBIN, 2.0,
        Traffic.OnBadRow.SKIP);
    // Times 1, 2 and 5 s after scaling: two requests within 4 s, where the unscaled read has 3.
    TraceVerdicts.Verdict stretched = check(f, scaled, 4);
    assertThat(stretched.remembered()).isFalse();
    assertThat(stretched.requests()).isEqualTo(2);
    assertThat(check(f, skipping(), 4).requests()).isEqualTo(3);
  }

  @Test
  void check_badRowUnderFail_failsEveryTime() {
    Path f = write(dir.resolve("t.csv"), TRACE);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> check(f, settings(), 10)).isInstanceOf(InputException.class)
          .hasMessageContaining("t.csv:4:1");
    }
    // A good verdict under skip does not vouch for the same file under fail.
    check(f, skipping(), 10);
    assertThatThrownBy(() -> check(f, settings(), 10)).isInstanceOf(InputException.class);
  }

  @Test
  void check_anotherProcess_verdictFromTheStore() throws Exception {
    Path f = write(dir.resolve("t.csv"), TRACE);
    String before = System.getProperty("fluidedge.cache-dir");
    System.setProperty("fluidedge.cache-dir", dir.resolve("cache").toString());
    try {
      TraceVerdicts.Verdict first = check(f, skipping(), 10);
      TraceVerdicts.clear();  // as a new process starts with nothing in memory
      TraceVerdicts.Verdict stored = check(f, skipping(), 10);
      assertThat(stored).isEqualTo(new TraceVerdicts.Verdict(first.requests(), first.rejected(),
          first.firstRejection(), true));
      try (var files = Files.list(dir.resolve("cache/trace-verdicts"))) {
        assertThat(files).hasSize(1);
      }
      // A stored verdict of another key (a planted or colliding file) is a miss.
      Path only;
      try (var files = Files.list(dir.resolve("cache/trace-verdicts"))) {
        only = files.findFirst().orElseThrow();
      }
      Files.writeString(only, Files.readString(only).replace("duration-s", "duration-x"));
      TraceVerdicts.clear();
      assertThat(check(f, skipping(), 10).remembered()).isFalse();
      // Turned off: nothing is read or written.
      System.setProperty("fluidedge.cache-dir", "none");
      TraceVerdicts.clear();
      assertThat(check(f, skipping(), 10).remembered()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("fluidedge.cache-dir");
      } else {
        System.setProperty("fluidedge.cache-dir", before);
      }
    }
  }

  @Test
  void recordText_isTheRecordsOwnToString() {
    // The stored verdicts are keyed by this text: it must stay the records' own toString.
    Traffic.Columns odd = new Traffic.Columns("t, s", "u\"ser", "", "tok[ens]");
    Traffic[] all = {
        settings(),
        skipping(),
        settings(odd, 3.5, Traffic.UserAssignment.HASH, 1e-9, Traffic.OnBadRow.SKIP),
        new Traffic("poisson", 2500.0, null, Traces.DEFAULT_COLUMNS, -0.0,
            Traffic.UserAssignment.ROUND_ROBIN, Double.MIN_VALUE, Traffic.OnBadRow.FAIL),
        new Traffic("trace", 0.0, "/a b/trace.csv.gz", odd, 1e300,
            Traffic.UserAssignment.HASH, 0.1 + 0.2, Traffic.OnBadRow.FAIL)};
    for (Traffic t : all) {
      assertThat(TraceVerdicts.recordText(t)).isEqualTo(t.toString());
    }
    assertThat(TraceVerdicts.recordText(odd)).isEqualTo(odd.toString());
  }
}
