package io.fluidedge.traffic;

import static io.fluidedge.traffic.Traces.readAll;
import static io.fluidedge.traffic.Traces.settings;
import static io.fluidedge.traffic.Traces.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Traffic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad trace is an InputException naming file, line, column and column name. */
class TraceReaderErrorsTest {

  private static final String HEADER = "time_s,user,features,tokens\n";

  @TempDir
  Path dir;

  private InputException fail(String text) {
    return fail(write(dir.resolve("bad.csv"), text), settings());
  }

  private static InputException fail(Path f, Traffic s) {
    InputException e = catchThrowableOfType(InputException.class, () -> readAll(f, s, 2));
    assertThat(e).as("expected an InputException").isNotNull();
    assertThat(e.file()).isEqualTo(f.toString());
    assertThat(e.getMessage()).startsWith(f.toString());
    return e;
  }

  private void assertError(String rows, int line, int column, String field, String rule) {
    Path f = write(dir.resolve("bad.csv"), HEADER + rows);
    InputException e = fail(f, settings());
    assertThat(e.getMessage()).isEqualTo(f + ":" + line + ":" + column + ": " + field + ": " + rule);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.field()).isEqualTo(field);
  }

  @Test
  void open_missingFile() {
    Path f = dir.resolve("nope.csv");
    InputException e = fail(f, settings());
    assertThat(e.getMessage()).isEqualTo(f + ": file not found");
  }

  @Test
  void open_directory() {
    assertThat(fail(dir, settings()).getMessage()).contains("is a directory");
  }

  @Test
  void open_emptyFile() {
    assertThat(fail("").getMessage()).endsWith("bad.csv:1: empty trace: no header");
    assertThat(fail("\n\r\n  \n").getMessage()).endsWith("empty trace: no header");
    Path f = write(dir.resolve("bom.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThat(fail(f, settings()).getMessage()).endsWith("empty trace: no header");
  }

  @Test
  void open_headerWithoutTimeColumn() {
    InputException e = fail("a,b,c\n1,2,3\n");
    assertThat(e.getMessage())
        .endsWith("bad.csv:1: time_s: missing column 'time_s'; header has: a, b, c");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("time_s");
  }

  @Test
  void open_duplicateMappedColumn() {
    assertThat(fail("time_s,user,time_s\n").getMessage())
        .endsWith("bad.csv:1:3: time_s: duplicate column (also column 1)");
  }

  @Test
  void next_nonNumericField() {
    assertError("0,0,10,1\n1,0,abc,1\n", 3, 3, "features", "not a number: 'abc'");
    assertError("0,0,,1\n", 2, 3, "features", "empty value");
    assertError("0x10,0,1,1\n", 2, 1, "time_s", "not a number: '0x10'");
    assertError("1.5f,0,1,1\n", 2, 1, "time_s", "not a number: '1.5f'");
  }

  @Test
  void next_nanAndInfinity() {
    assertError("NaN,0,1,1\n", 2, 1, "time_s", "must be finite: nan");
    assertError("0,0,Infinity,1\n", 2, 3, "features", "must be finite: infinity");
    assertError("0,0,1,-inf\n", 2, 4, "tokens", "must be finite: -inf");
    assertError("1e400,0,1,1\n", 2, 1, "time_s", "must be finite: 1e400");
  }

  @Test
  void next_negativeTime() {
    assertError("-0.5,0,1,1\n", 2, 1, "time_s", "must be >= 0: -0.5");
  }

  @Test
  void next_decreasingTime() {
    assertError("2,0,1,1\n1.5,0,1,1\n", 3, 1, "time_s", "time 1.5 is before previous row's 2.0");
  }

  @Test
  void next_userOutOfRange() {
    assertError("0,2,1,1\n", 2, 2, "user", "must be an integer in [0, 2): 2");
    assertError("0,-1,1,1\n", 2, 2, "user", "must be an integer in [0, 2): -1");
    assertError("0,0.5,1,1\n", 2, 2, "user", "must be an integer in [0, 2): 0.5");
  }

  @Test
  void next_featuresOutOfRange() {
    assertError("0,0,0,1\n", 2, 3, "features", "must be > 0: 0.0");
    assertError("0,0,2e12,1\n", 2, 3, "features", "must be <= 1e12: 2.0E12");
    Traffic perToken = settings(Traces.DEFAULT_COLUMNS, 4096, Traffic.UserAssignment.ROUND_ROBIN,
        1, Traffic.OnBadRow.FAIL);
    Path f = write(dir.resolve("bad.csv"), HEADER + "0,0,1e9,1\n");
    assertThat(fail(f, perToken).getMessage()).isEqualTo(f
        + ":2:3: features: 1.0E9 tokens x 4096.0 features per token exceeds 1e12");
  }

  @Test
  void next_tokensOutOfRange() {
    assertError("0,0,1,0\n", 2, 4, "tokens", "must be in (0, 1e9]: 0.0");
    assertError("0,0,1,2e9\n", 2, 4, "tokens", "must be in (0, 1e9]: 2.0E9");
  }

  @Test
  void next_wrongNumberOfFields() {
    assertError("0,0,1\n", 2, 4, "tokens", "expected 4 fields as in the header, found 3");
    Path f = write(dir.resolve("bad.csv"), HEADER + "0,0,1,1,9\n");
    assertThat(fail(f, settings()).getMessage())
        .isEqualTo(f + ":2:5: expected 4 fields as in the header, found 5");
  }

  @Test
  void next_unterminatedQuote() {
    assertThat(fail(HEADER + "0,0,1,1\n1,\"0,1,1\n2,0,1,1\n").getMessage())
        .endsWith("bad.csv:3:2: unterminated quoted field");
  }

  @Test
  void open_binaryGarbageIsInputException() {
    Random random = new Random(1);
    for (int trial = 0; trial < 50; trial++) {
      byte[] junk = new byte[1 + random.nextInt(4000)];
      random.nextBytes(junk);
      Path f = write(dir.resolve("junk" + trial + ".csv"), junk);
      InputException e = catchThrowableOfType(InputException.class,
          () -> readAll(f, settings(), 2));
      assertThat(e).as("trial %d", trial).isNotNull();
      assertThat(e.getMessage()).startsWith(f.toString()).doesNotContain("\u0000");
    }
  }

  @Test
  void open_binaryHeaderNamed() {
    Path f = write(dir.resolve("bin.csv"), new byte[] {'t', 0, 1, 2, '\n', '1', '\n'});
    assertThat(fail(f, settings()).getMessage())
        .isEqualTo(f + ":1: not a text CSV file: the header holds binary data");
  }

  @Test
  void next_binaryRowIsBadRow() {
    byte[] head = HEADER.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] row = {'0', ',', 0, (byte) 0xFF, ',', '1', ',', '1', '\n'};
    byte[] all = Arrays.copyOf(head, head.length + row.length);
    System.arraycopy(row, 0, all, head.length, row.length);
    Path f = write(dir.resolve("bad.csv"), all);
    assertThat(fail(f, settings()).getMessage())
        .isEqualTo(f + ":2:2: user: not a number: '??'");
  }

  @Test
  void next_overlongRecordWithoutLineBreak() {
    byte[] big = new byte[CsvScanner.MAX_RECORD_CHARS + 100];
    Arrays.fill(big, (byte) 'a');
    byte[] head = HEADER.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, big, 0, head.length);
    Path f = write(dir.resolve("big.csv"), big);
    assertThat(fail(f, settings()).getMessage()).contains(":2:1: record longer than");
  }

  @Test
  void next_truncatedGzip() throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 20_000; i++) {
      sb.append(i).append(",0,1,1\n");
    }
    Path whole = Traces.gzip(dir.resolve("whole.csv.gz"), sb.toString());
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = write(dir.resolve("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(fail(cut, settings()).getMessage()).contains("truncated compressed data");
    Path notGzip = write(dir.resolve("plain.csv.gz"), "time_s\n1\n");
    assertThat(fail(notGzip, settings()).getMessage()).contains("gzip");
  }

  @Test
  void next_gzipWithTrailingGarbage_isRefusedWithTheReason() throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 2_000; i++) {
      sb.append(i).append(",0,1,1\n");
    }
    byte[] whole = Files.readAllBytes(Traces.gzip(dir.resolve("whole.csv.gz"), sb.toString()));
    assertThat(readAll(dir.resolve("whole.csv.gz"), settings(), 2)).hasSize(2_000);
    byte[] garbage = "this is not gzip data, it follows the stream".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(whole, whole.length + garbage.length);
    System.arraycopy(garbage, 0, bytes, whole.length, garbage.length);
    Path f = write(dir.resolve("trailing.csv.gz"), bytes);
    assertThat(fail(f, settings()).getMessage())
        .contains("corrupt gzip data: trailing data after the end of the compressed data at byte "
            + whole.length);
  }

  @Test
  void next_concatenatedGzipMembers_readOneAfterTheOther() throws Exception {
    byte[] a = Files.readAllBytes(Traces.gzip(dir.resolve("a.gz"), HEADER + "0,0,1,1\n"));
    byte[] b = Files.readAllBytes(Traces.gzip(dir.resolve("b.gz"), "1,1,1,1\n2,0,1,1\n"));
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    assertThat(readAll(write(dir.resolve("ab.csv.gz"), both), settings(), 2)).hasSize(3);
  }

  @Test
  void open_notATrace_echoesNothingFromTheFile() {
    String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
    InputException e = fail(passwd);
    assertThat(e.getMessage()).endsWith("bad.csv:1: time_s: missing column 'time_s'; the first line "
        + "is not a CSV header of column names (is this a trace file?)");
    assertThat(e.getMessage()).doesNotContain("root").doesNotContain("bash");
    assertThat(fail("secret key material, x=1\n1\n").getMessage()).doesNotContain("secret");
  }

  @Test
  void skip_stillFailsOnHeaderAndFileErrors() {
    assertThat(fail(write(dir.resolve("e.csv"), ""), Traces.skipping()).getMessage())
        .contains("empty trace");
    assertThat(fail(write(dir.resolve("h.csv"), "a\n1\n"), Traces.skipping()).getMessage())
        .contains("missing column");
    assertThat(fail(dir.resolve("none.csv"), Traces.skipping()).getMessage())
        .contains("file not found");
  }
}
