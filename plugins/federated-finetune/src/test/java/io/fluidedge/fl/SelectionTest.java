package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Streams;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.RandomStream;

/** Client selection against brute force, and Jain's index within its bounds. */
class SelectionTest {

  /** Brute force over all 2^pool bit masks with K bits set, scored by the same objective. */
  @ParameterizedTest
  @CsvSource({"41, 6, 1, 0", "42, 6, 2, 0", "43, 7, 3, 1", "44, 8, 4, 2", "45, 6, 5, 0.5"})
  void exhaustive_equalsBruteForce(long seed, int pool, int k, double beta) {
    Channel ch = Channels.draw(seed, pool, 1, 0);
    Positions layout = Channels.spread(12);
    Participation who = new Participation(pool);
    RandomStream rng = Streams.of(seed, "test-selection");
    for (int r = 0; r < 3; r++) {
      who.record(Selection.RANDOM.select(ch, layout, k, 0, who, rng));
    }
    double[] fair = Selection.fairness(who, beta);
    int[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << pool; mask++) {
      if (Integer.bitCount(mask) != k) {
        continue;
      }
      int[] s = new int[k];
      for (int c = 0, i = 0; c < pool; c++) {
        if ((mask & 1 << c) != 0) {
          s[i++] = c;
        }
      }
      double v = Selection.score(ch, layout, s, fair);
      if (v > bestScore) {
        bestScore = v;
        best = s;
      }
    }
    Selection rule = beta == 0 ? Selection.EXHAUSTIVE : Selection.FAIR_EXHAUSTIVE;
    int[] chosen = rule.select(ch, layout, k, beta, who, rng);
    assertThat(Selection.score(ch, layout, chosen, fair)).isEqualTo(bestScore);
    assertThat(chosen).containsExactly(best);
  }

  @Test
  void everyRule_picksKDistinctClients() {
    Channel ch = Channels.draw(5, 10, 1, 0);
    Positions layout = Channels.spread(16);
    for (Selection rule : Selection.values()) {
      Participation who = new Participation(10);
      RandomStream rng = Streams.of(5, "test-selection");
      for (int r = 0; r < 7; r++) {
        int[] s = rule.select(ch, layout, 4, 1, who, rng);
        assertThat(s).hasSize(4).doesNotHaveDuplicates().isSorted();
        assertThat(Arrays.stream(s).allMatch(c -> c >= 0 && c < 10)).isTrue();
        who.record(s);
      }
    }
  }

  @Test
  void roundRobin_visitsEveryClientEvenly() {
    Channel ch = Channels.draw(6, 10, 1, 0);
    Participation who = new Participation(10);
    for (int r = 0; r < 5; r++) {
      who.record(Selection.ROUND_ROBIN.select(ch, Channels.spread(16), 2, 0, who, null));
    }
    assertThat(who.jain()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource({"51, 10, 1", "52, 10, 3", "53, 7, 6", "54, 2, 1"})
  void jain_liesBetweenOneOverPoolAndOne(long seed, int pool, int k) {
    RandomStream rng = Streams.of(seed, "test-jain");
    Channel ch = Channels.draw(seed, pool, 1, 0);
    Participation who = new Participation(pool);
    assertThat(who.jain()).isNaN();
    for (int r = 0; r < 40; r++) {
      who.record(Selection.RANDOM.select(ch, Channels.spread(16), k, 0, who, rng));
      assertThat(who.jain()).isBetween(1.0 / pool, 1.0);
    }
    // the extremes: one client always, everybody equally
    assertThat(Participation.jain(new long[] {9, 0, 0, 0})).isEqualTo(0.25);
    assertThat(Participation.jain(new long[] {3, 3, 3, 3})).isEqualTo(1.0);
  }
}
