package io.fluidedge.traffic;

import static io.fluidedge.traffic.Traces.readAll;
import static io.fluidedge.traffic.Traces.settings;
import static io.fluidedge.traffic.Traces.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Traffic;
import io.fluidedge.scenario.Traffic.OnBadRow;
import io.fluidedge.scenario.Traffic.UserAssignment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceReaderTest {

  @TempDir
  Path dir;

  @Test
  void next_readsMappedColumnsAndIgnoresOthers() {
    Path f = write(dir.resolve("t.csv"),
        "note,time_s,user,features,tokens\nx,0,1,100,2\ny,0.5,0,200.5,1\nz,0.5,2,3e2,7\n");
    List<Request> rs = readAll(f, settings(), 3);
    assertThat(rs).containsExactly(
        new Request(0, 1, 100, 2), new Request(0.5, 0, 200.5, 1), new Request(0.5, 2, 300, 7));
  }

  @Test
  void next_defaultsFeaturesAndTokensWhenColumnsAbsent() {
    Path f = write(dir.resolve("t.csv"), "time_s,user\n1,0\n2,1\n");
    try (TraceReader r = TraceReader.open(f, settings(), 2, 4096)) {
      assertThat(r.hasUserColumn()).isTrue();
      assertThat(r.hasFeaturesColumn()).isFalse();
      assertThat(r.hasTokensColumn()).isFalse();
      assertThat(Traces.drain(r)).containsExactly(new Request(1, 0, 4096, 1),
          new Request(2, 1, 4096, 1));
    }
  }

  @Test
  void next_readsGzipByNameAndByMagic() {
    String text = "time_s,user,features,tokens\n1.25,0,10,1\n2.5,1,20,2\n";
    List<Request> plain = readAll(write(dir.resolve("a.csv"), text), settings(), 2);
    assertThat(readAll(Traces.gzip(dir.resolve("a.csv.gz"), text), settings(), 2))
        .isEqualTo(plain).hasSize(2);
    assertThat(readAll(Traces.gzip(dir.resolve("a.dat"), text), settings(), 2))
        .isEqualTo(plain);
  }

  @Test
  void next_handlesBomCrlfAndBlankLines() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "time_s,user\r\n\r\n0.5,1\r\n   \r\n1.0,0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    Path f = write(dir.resolve("bom.csv"), all);
    assertThat(readAll(f, settings(), 2)).containsExactly(new Request(0.5, 1, 1000, 1),
        new Request(1.0, 0, 1000, 1));
  }

  @Test
  void next_lineNumbersCountBlankLinesAndQuotedLineBreaks() {
    Path f = write(dir.resolve("q.csv"),
        "\"time_s\",note\r\n1,\"a, \"\"b\"\"\nc\"\n\n2,x\n1,y\n");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
        InputException.class, () -> readAll(f, settings(), 1)))
        .satisfies(e -> {
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(1);
        });
    Path g = write(dir.resolve("q2.csv"), "time_s,note\n1,\"a, \"\"b\"\"\nc\"\n2,x\n");
    assertThat(readAll(g, settings(), 1)).extracting(Request::timeS).containsExactly(1.0, 2.0);
  }

  @Test
  void next_mapsLlmServingTrace() {
    Traffic llm = settings(
        new Traffic.Columns("arrived_at", "user", "num_prefill_tokens", "num_decode_tokens"),
        4096, UserAssignment.ROUND_ROBIN, 1.0, OnBadRow.FAIL);
    Path f = write(dir.resolve("llm.csv"), "arrived_at,num_prefill_tokens,num_decode_tokens\n"
        + "0.0,512,128\n0.1,37,1\n0.25,2048,300\n0.3,1,1\n");
    assertThat(readAll(f, llm, 3)).containsExactly(
        new Request(0.0, 0, 512 * 4096.0, 128), new Request(0.1, 1, 37 * 4096.0, 1),
        new Request(0.25, 2, 2048 * 4096.0, 300), new Request(0.3, 0, 4096.0, 1));
  }

  @Test
  void next_featuresPerTokenMultipliesFeaturesColumn() {
    Traffic s = settings(Traces.DEFAULT_COLUMNS, 768, UserAssignment.ROUND_ROBIN, 1.0,
        OnBadRow.FAIL);
    Path f = write(dir.resolve("t.csv"), "time_s,user,features\n0,0,10\n");
    assertThat(readAll(f, s, 1)).containsExactly(new Request(0, 0, 7680, 1));
  }

  @Test
  void next_timeScaleMultipliesTimes() {
    Traffic s = settings(Traces.DEFAULT_COLUMNS, 0, UserAssignment.ROUND_ROBIN, 2.5,
        OnBadRow.FAIL);
    Path f = write(dir.resolve("t.csv"), "time_s\n0.5\n2\n");
    assertThat(readAll(f, s, 1)).extracting(Request::timeS).containsExactly(1.25, 5.0);
  }

  @Test
  void next_roundRobinAssignsRowModK() {
    Path f = write(dir.resolve("t.csv"), "time_s\n0\n1\n2\n3\n4\n");
    assertThat(readAll(f, settings(), 3)).extracting(Request::user)
        .containsExactly(0, 1, 2, 0, 1);
  }

  @Test
  void next_hashAssignmentIsStableBalancedAndIgnoresTimeScale() {
    StringBuilder sb = new StringBuilder("time_s\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i / 3).append('\n'); // repeated times: the row number still spreads them
    }
    Path f = write(dir.resolve("t.csv"), sb.toString());
    Traffic hash = settings(Traces.DEFAULT_COLUMNS, 0, UserAssignment.HASH, 1.0, OnBadRow.FAIL);
    Traffic scaled = settings(Traces.DEFAULT_COLUMNS, 0, UserAssignment.HASH, 3.0,
        OnBadRow.FAIL);
    List<Integer> users = readAll(f, hash, 4).stream().map(Request::user).toList();
    assertThat(readAll(f, hash, 4).stream().map(Request::user).toList()).isEqualTo(users);
    assertThat(readAll(f, scaled, 4).stream().map(Request::user).toList()).isEqualTo(users);
    long[] counts = new long[4];
    users.forEach(u -> counts[u]++);
    // Binomial(20000, 1/4): sd ≈ 61; 5 sd bounds.
    for (long c : counts) {
      assertThat(c).isBetween(4_700L, 5_300L);
    }
    assertThat(users.subList(0, 12)).isNotEqualTo(List.of(0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3));
  }

  @Test
  void next_skipCountsRejectedRowsAndKeepsGoodOnes() {
    Path f = write(dir.resolve("t.csv"), "time_s,user,features\n"
        + "1,0,10\n"     // ok
        + "abc,0,10\n"   // not a number
        + "0.5,0,10\n"   // decreasing
        + "2,5,10\n"     // user out of range
        + "3,1\n"        // too few fields
        + "4,1,-1\n"     // features <= 0
        + "5,1,10\n");   // ok
    try (TraceReader r = TraceReader.open(f, Traces.skipping(), 2, 1000)) {
      assertThat(Traces.drain(r)).containsExactly(new Request(1, 0, 10, 1),
          new Request(5, 1, 10, 1));
      assertThat(r.rejectedRows()).isEqualTo(5);
      assertThat(r.firstRejection()).isEqualTo(f + ":3:1: time_s: not a number: 'abc'");
    }
  }

  @Test
  void next_skipWithEveryRowBadGivesNoRequests() {
    Path f = write(dir.resolve("t.csv"), "time_s\nx\n-1\nNaN\n");
    try (TraceReader r = TraceReader.open(f, Traces.skipping(), 2, 1000)) {
      assertThat(r.next()).isNull();
      assertThat(r.rejectedRows()).isEqualTo(3);
    }
  }

  @Test
  void next_headerOnlyGivesNoRequests() {
    Path f = write(dir.resolve("t.csv"), "time_s,user\n");
    assertThat(readAll(f, settings(), 1)).isEmpty();
  }

  @Test
  void next_afterCloseReturnsNull() {
    Path f = write(dir.resolve("t.csv"), "time_s\n1\n");
    TraceReader r = TraceReader.open(f, settings(), 1, 1);
    r.close();
    r.close();
    assertThat(r.next()).isNull();
  }
}
