package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class SeedsTest {

  @Test
  void mrg32k3a_inRangeAndAcceptedBySsj() {
    for (long seed : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 42}) {
      for (String name : new String[] {"", "traffic", "channel", "positions"}) {
        long[] s = Seeds.mrg32k3a(seed, name);
        assertThat(s).hasSize(6);
        for (int i = 0; i < 6; i++) {
          assertThat(s[i]).isBetween(0L, (i < 3 ? Seeds.M1 : Seeds.M2) - 1);
        }
        assertThat(s[0] | s[1] | s[2]).isNotZero();
        assertThat(s[3] | s[4] | s[5]).isNotZero();
        new MRG32k3a().setSeed(s); // throws if SSJ rejects the seed
      }
    }
  }

  @Test
  void mrg32k3a_dependsOnSeedAndNameOnly() {
    assertThat(Seeds.mrg32k3a(7, "traffic")).isEqualTo(Seeds.mrg32k3a(7, "traffic"));
    assertThat(Seeds.mrg32k3a(7, "traffic")).isNotEqualTo(Seeds.mrg32k3a(8, "traffic"));
    assertThat(Seeds.mrg32k3a(7, "traffic")).isNotEqualTo(Seeds.mrg32k3a(7, "channel"));
  }

  @Test
  void stream_sameSeedSameDrawsWhateverWasBuiltBefore() {
    MRG32k3a a = Seeds.stream(3, "traffic");
    new MRG32k3a(); // advances SSJ's shared seed chain
    MRG32k3a b = Seeds.stream(3, "traffic");
    for (int i = 0; i < 100; i++) {
      assertThat(b.nextDouble()).isEqualTo(a.nextDouble());
    }
  }
}
