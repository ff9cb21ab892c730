package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.Fixtures;
import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class ResourceBlocksTest {

  @Test
  void bits_equalFloorOrCeilOfTheContinuousPsnrOptimum() {
    RandomStream rng = Streams.of(4, "test");
    Problem base = Fixtures.problem(Fixtures.scenario(), 1);
    PsnrAccuracy psnr = new PsnrAccuracy(-1, 1);
    for (int trial = 0; trial < 2000; trial++) {
      double rate = Math.pow(10, -1 + 3 * rng.nextDouble());
      double rho = Math.pow(10, -6 + 4 * rng.nextDouble());
      Problem p = new Problem(base.channel(), base.panel(), base.antennas(), base.bandwidthHz(),
          base.cpuHz(), Fixtures.profiles(base, 1, 32), base.featureElements(),
          base.inferenceCycles(), psnr, rho);
      double[] rates = {rate, rate, rate, rate};
      int chosen = ResourceBlocks.bits(p, rates)[0];
      double a = p.features(0) / (p.bandwidthHz() * rate);
      double continuous = PsnrAccuracy.continuousOptimum(a, rho);
      int expected;
      if (Double.isInfinite(continuous)) {
        expected = 32;
      } else {
        int lo = (int) Math.max(1, Math.min(32, Math.floor(continuous)));
        int hi = (int) Math.max(1, Math.min(32, Math.ceil(continuous)));
        double gLo = a * lo - rho * psnr.accuracy(lo);
        double gHi = a * hi - rho * psnr.accuracy(hi);
        expected = gHi < gLo ? hi : lo;
      }
      double gChosen = a * chosen - rho * psnr.accuracy(chosen);
      double gExpected = a * expected - rho * psnr.accuracy(expected);
      assertThat(gChosen).isCloseTo(gExpected, within(1e-12 * Math.max(1, Math.abs(gExpected))));
    }
  }

  @Test
  void cpuShares_satisfyKktAndUseAllCapacity() {
    RandomStream rng = Streams.of(5, "test");
    Problem base = Fixtures.problem(Fixtures.scenario(), 1);
    for (int trial = 0; trial < 100; trial++) {
      double[] cycles = new double[4];
      for (int k = 0; k < 4; k++) {
        cycles[k] = Math.pow(10, 8 + 4 * rng.nextDouble());
      }
      Problem p = base.withWorkload(base.featureElements(), cycles);
      double[] f = ResourceBlocks.cpuShares(p);
      double sum = 0;
      double mu = cycles[0] / (f[0] * f[0]);
      double cost = 0;
      for (int k = 0; k < 4; k++) {
        sum += f[k];
        assertThat(cycles[k] / (f[k] * f[k])).isCloseTo(mu, within(1e-9 * mu));
        cost += cycles[k] / f[k];
      }
      assertThat(sum).isCloseTo(p.cpuHz(), within(1e-9 * p.cpuHz()));
      // No feasible perturbation that keeps Σf = F does better.
      for (int t = 0; t < 20; t++) {
        int i = (int) (rng.nextDouble() * 4);
        int j = (i + 1 + (int) (rng.nextDouble() * 3)) % 4;
        double d = 0.1 * Math.min(f[i], f[j]) * (2 * rng.nextDouble() - 1);
        double other = cost - cycles[i] / f[i] - cycles[j] / f[j]
            + cycles[i] / (f[i] + d) + cycles[j] / (f[j] - d);
        assertThat(other).isGreaterThanOrEqualTo(cost * (1 - 1e-12));
      }
    }
  }
}
