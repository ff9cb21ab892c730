package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.TextMutation;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Traffic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests of trace parsing: random bytes and mutated valid traces (deleted, duplicated,
 * inserted and replaced characters and lines; BOM, CRLF, quotes, NaN, signs, exponents), plain
 * and gzip-compressed, under on-bad-row fail and skip. Every input ends in a successful read of
 * valid requests or an {@link InputException} whose message names the file; never in any other
 * exception. Seeds are fixed, so the inputs are the same on every run.
 */
class TraceParsingPropertyTest {

  private static final int USERS = 4;
  private static final String ALPHABET =
      "0123456789,,,..\"\"\r\n\n \t-+eEaNnIif_\uFEFF\u0000\u00e9x";
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("trace-properties");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 1000, seed = "20240501", edgeCases = EdgeCasesMode.MIXIN)
  void randomBytes_loadOrInputException(@ForAll("bytes") byte[] content, @ForAll boolean gzip,
      @ForAll boolean skip) {
    check(write(gzip ? gzip(content) : content, gzip), skip);
  }

  @Property(tries = 200, seed = "20240502", edgeCases = EdgeCasesMode.NONE)
  void gzipMagicThenRandomBytes_loadOrInputException(@ForAll("bytes") byte[] rest) {
    byte[] content = new byte[rest.length + 2];
    content[0] = (byte) 0x1f;
    content[1] = (byte) 0x8b;
    System.arraycopy(rest, 0, content, 2, rest.length);
    check(write(content, false), false);
  }

  @Property(tries = 2000, seed = "20240503", edgeCases = EdgeCasesMode.NONE)
  void mutatedValidTrace_loadOrInputException(@ForAll("traces") String trace,
      @ForAll("mutations") List<TextMutation> mutations, @ForAll boolean gzip,
      @ForAll boolean skip) {
    String text = TextMutation.apply(trace, mutations);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    check(write(gzip ? gzip(bytes) : bytes, gzip), skip);
  }

  @Property(tries = 200, seed = "20240504", edgeCases = EdgeCasesMode.NONE)
  void validTrace_readsEveryRow(@ForAll("traces") String trace, @ForAll boolean gzip) {
    byte[] bytes = trace.getBytes(StandardCharsets.UTF_8);
    Path file = write(gzip ? gzip(bytes) : bytes, gzip);
    long rows = trace.lines().filter(l -> !l.isBlank()).count() - 1;
    try (TraceReader reader = TraceReader.open(file, settings(false), USERS, 1000)) {
      assertThat(Traces.drain(reader)).hasSize((int) rows);
    }
  }

  /** Reads the whole file: valid requests, or an InputException naming the file. */
  private static void check(Path file, boolean skip) {
    try (TraceReader reader = TraceReader.open(file, settings(skip), USERS, 1000)) {
      double previous = 0;
      for (Request r = reader.next(); r != null; r = reader.next()) {
        assertThat(r.timeS()).isFinite().isGreaterThanOrEqualTo(previous);
        assertThat(r.user()).isBetween(0, USERS - 1);
        assertThat(r.features()).isFinite().isPositive().isLessThanOrEqualTo(1e12);
        assertThat(r.tokens()).isFinite().isPositive().isLessThanOrEqualTo(1e9);
        previous = r.timeS();
      }
      assertThat(reader.rejectedRows()).isGreaterThanOrEqualTo(0);
      if (!skip) {
        assertThat(reader.rejectedRows()).isZero();
      }
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(file.toString()).hasSizeGreaterThan(
          file.toString().length() + 2);
      assertThat(e.getMessage()).doesNotContain("Exception");
    }
  }

  private static Traffic settings(boolean skip) {
    return new Traffic("trace", 0, "trace.csv", Traces.DEFAULT_COLUMNS, 0,
        Traffic.UserAssignment.ROUND_ROBIN, 1.0,
        skip ? Traffic.OnBadRow.SKIP : Traffic.OnBadRow.FAIL);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
  }

  @Provide
  Arbitrary<List<TextMutation>> mutations() {
    return TextMutation.lists(ALPHABET, 6);
  }

  /** Valid traces: a header (optional BOM, extra column), LF or CRLF, blank lines, 0-20 rows. */
  @Provide
  Arbitrary<String> traces() {
    Arbitrary<String> rest = Combinators.combine(
        Arbitraries.integers().between(0, USERS - 1),
        Arbitraries.integers().between(1, 1_000_000),
        Arbitraries.integers().between(1, 64),
        Arbitraries.of("", "x", "\"a,b\"", "1e3"))
        .as((user, features, tokens, extra) -> user + "," + features + "," + tokens + "," + extra);
    Arbitrary<List<Integer>> gapsUs = Arbitraries.integers().between(0, 5_000_000).list()
        .ofMaxSize(20);
    return Combinators.combine(gapsUs, rest.list().ofSize(20), Arbitraries.of("\n", "\r\n"),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((gaps, rows, eol, bom, blank) -> {
          StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
          sb.append("time_s,user,features,tokens,note").append(eol);
          long us = 0;
          for (int i = 0; i < gaps.size(); i++) {
            us += gaps.get(i);
            sb.append(String.format(Locale.ROOT, "%d.%06d", us / 1_000_000, us % 1_000_000))
                .append(',').append(rows.get(i)).append(eol);
            if (blank) {
              sb.append(eol);
            }
          }
          return sb.toString();
        });
  }

  private static Path write(byte[] content, boolean gzip) {
    try {
      // Two names reused: the reader's gzip detection also looks at the name's suffix.
      return Files.write(dir.resolve(gzip ? "t.csv.gz" : "t.csv"), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
