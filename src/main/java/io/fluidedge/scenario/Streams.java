package io.fluidedge.scenario;

import umontreal.ssj.rng.MRG32k3a;

/**
 * Named MRG32k3a random streams seeded explicitly from the scenario seed.
 *
 * <p>Every random input (channel, traffic, initial positions, ...) gets its own stream, looked up
 * by name, so that two policies run on one seed see the same draws (common random numbers). The
 * six-word MRG32k3a seed is derived from (seed, name) with SplitMix64 over the FNV-1a hash of the
 * name; SSJ's default seed chain (a shared static counter) never decides a stream's numbers.
 */
public final class Streams {

  /** Stream of channel draws (angles, gains, evolution). */
  public static final String CHANNEL = "channel";
  /** Stream of request arrivals and sizes. */
  public static final String TRAFFIC = "traffic";
  /** Stream of random initial antenna positions (random-fa). */
  public static final String POSITIONS = "positions";

  /** Modulus of MRG32k3a's first component. */
  public static final long M1 = 4294967087L;
  /** Modulus of MRG32k3a's second component. */
  public static final long M2 = 4294944443L;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Streams() {
  }

  /**
   * A fresh MRG32k3a stream for (seed, name). SSJ's constructor still advances its static seed
   * chain (a side effect on SSJ's state only); the stream's numbers are fixed by {@code setSeed}.
   * The stream is SSJ's generator stepped in integers ({@code IntegerMrg32k3a}): SSJ's numbers,
   * faster.
   */
  public static MRG32k3a of(long seed, String name) {
    MRG32k3a stream = new IntegerMrg32k3a(name);
    stream.setSeed(seedWords(seed, name));
    return stream;
  }

  /**
   * The six MRG32k3a seed words for (seed, name): the first three in [0, m1), the last three in
   * [0, m2), neither triple all zero.
   */
  public static long[] seedWords(long seed, String name) {
    long state = seed ^ mix64(fnv1a64(name));
    long[] words = new long[6];
    for (int i = 0; i < 6; i++) {
      state += GOLDEN_GAMMA;
      words[i] = Long.remainderUnsigned(mix64(state), i < 3 ? M1 : M2);
    }
    if (words[0] == 0 && words[1] == 0 && words[2] == 0) {
      words[0] = 1;
    }
    if (words[3] == 0 && words[4] == 0 && words[5] == 0) {
      words[3] = 1;
    }
    return words;
  }

  /** SplitMix64's output function (variant 13 of Stafford's mixers): a bijection on longs. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fnv1a64(String name) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }
}
