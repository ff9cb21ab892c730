package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class StreamsTest {

  @Test
  void mrg32k3a_inRangeAndAcceptedBySsj() {
    for (long seed : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 42}) {
      for (String name : new String[] {"", "traffic", "channel", "positions"}) {
        long[] s = Streams.seedWords(seed, name);
        assertThat(s).hasSize(6);
        for (int i = 0; i < 6; i++) {
          assertThat(s[i]).isBetween(0L, (i < 3 ? Streams.M1 : Streams.M2) - 1);
        }
        assertThat(s[0] | s[1] | s[2]).isNotZero();
        assertThat(s[3] | s[4] | s[5]).isNotZero();
        new MRG32k3a().setSeed(s); // throws if SSJ rejects the seed
      }
    }
  }

  @Test
  void mrg32k3a_dependsOnSeedAndNameOnly() {
    assertThat(Streams.seedWords(7, "traffic")).isEqualTo(Streams.seedWords(7, "traffic"));
    assertThat(Streams.seedWords(7, "traffic")).isNotEqualTo(Streams.seedWords(8, "traffic"));
    assertThat(Streams.seedWords(7, "traffic")).isNotEqualTo(Streams.seedWords(7, "channel"));
  }

  @Test
  void stream_sameSeedSameDrawsWhateverWasBuiltBefore() {
    MRG32k3a a = Streams.of(3, "traffic");
    new MRG32k3a(); // advances SSJ's shared seed chain
    MRG32k3a b = Streams.of(3, "traffic");
    for (int i = 0; i < 100; i++) {
      assertThat(b.nextDouble()).isEqualTo(a.nextDouble());
    }
  }
}
