package io.fluidedge.traffic;

import umontreal.ssj.rng.MRG32k3a;

/**
 * Explicit MRG32k3a seeds derived from one 64-bit seed and a stream name.
 *
 * <p>SSJ's no-argument seeding chains every new stream off a shared static seed, so a stream's
 * numbers depend on how many streams were built before it (and on thread timing). Deriving each
 * stream's seed from (scenario seed, stream name) instead makes a stream's draws depend on those
 * two values only: two policies run with the same seed see the same "traffic" draws.
 *
 * <p>Derivation: the name is hashed with 64-bit FNV-1a over its UTF-16 chars, the state starts
 * at {@code seed ^ mix64(hash)}, and six SplitMix64 outputs (state += 0x9E3779B97F4A7C15,
 * output = mix64(state); Steele, Lea and Flood, OOPSLA 2014) are reduced modulo m1 = 4294967087
 * (first three) and m2 = 4294944443 (last three), the moduli of MRG32k3a (L'Ecuyer, Operations
 * Research 47(1), 1999). A component triple that comes out all zero (probability 2^-96) gets a 1
 * in its first place, as MRG32k3a requires.
 */
public final class Seeds {

  /** Modulus of MRG32k3a's first component. */
  public static final long M1 = 4294967087L;
  /** Modulus of MRG32k3a's second component. */
  public static final long M2 = 4294944443L;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {
  }

  /**
   * A valid MRG32k3a seed for stream {@code name} under {@code seed}: six values, the first
   * three in [0, m1) and not all 0, the last three in [0, m2) and not all 0.
   *
   * @param seed the run's seed (any value)
   * @param name the stream's name, e.g. "traffic"
   * @return a new array, suitable for {@link MRG32k3a#setSeed(long[])}
   */
  public static long[] mrg32k3a(long seed, String name) {
    long state = seed ^ mix64(fnv1a64(name));
    long[] s = new long[6];
    for (int i = 0; i < 6; i++) {
      state += GOLDEN_GAMMA;
      s[i] = Long.remainderUnsigned(mix64(state), i < 3 ? M1 : M2);
    }
    if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
      s[0] = 1;
    }
    if (s[3] == 0 && s[4] == 0 && s[5] == 0) {
      s[3] = 1;
    }
    return s;
  }

  /**
   * A new MRG32k3a stream seeded with {@link #mrg32k3a(long, String)}.
   *
   * <p>SSJ's constructor still advances its static seed chain (a side effect on SSJ's state only);
   * the stream's own numbers are fixed by {@code setSeed} before it is returned.
   */
  public static MRG32k3a stream(long seed, String name) {
    MRG32k3a stream = new MRG32k3a(name);
    stream.setSeed(mrg32k3a(seed, name));
    return stream;
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
