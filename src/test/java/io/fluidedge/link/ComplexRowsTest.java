package io.fluidedge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplexRowsTest {

  @ParameterizedTest
  @CsvSource({"4,2,8", "16,1,20", "3,3,5", "1,1,1"})
  void gram_ofScaledColumnsEqualsPoweredGram(int users, int streams, int rows) {
    Random rng = new Random(users * 31L + rows);
    ComplexRows h = random(users, rows, streams, rng);
    double[] power = new double[users];
    for (int j = 0; j < users; j++) {
      power[j] = 0.1 + 3 * rng.nextDouble();
    }
    double noise = 0.3;
    double[] expected = new double[2 * rows * rows];
    // From the definition, one entry at a time: σ²δ_rs + Σ_j c_j Σ_i H_j[r, i]·conj(H_j[s, i]).
    for (int r = 0; r < rows; r++) {
      for (int s = 0; s < rows; s++) {
        double re = r == s ? noise : 0;
        double im = 0;
        for (int j = 0; j < users; j++) {
          for (int i = 0; i < streams; i++) {
            re += power[j] * (h.re(j, r, i) * h.re(j, s, i) + h.im(j, r, i) * h.im(j, s, i));
            im += power[j] * (h.im(j, r, i) * h.re(j, s, i) - h.re(j, r, i) * h.im(j, s, i));
          }
        }
        expected[2 * (r * rows + s)] = re;
        expected[2 * (r * rows + s) + 1] = im;
      }
    }
    ComplexRows scaled = new ComplexRows(users, rows, streams);
    scaled.setScaledColumns(h, power);
    double[] q = new double[2 * rows * rows];
    scaled.gram(noise, q);
    double scale = 0;
    for (double v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int p = 0; p < q.length; p++) {
      assertThat(q[p]).isCloseTo(expected[p], within(1e-12 * scale));
    }
  }

  @ParameterizedTest
  @CsvSource({"4,2,8,3", "16,1,20,0", "3,3,5,4", "1,1,1,-1"})
  void addTimes_matchesPerUserSums(int users, int streams, int rows, int skip) {
    Random rng = new Random(users * 17L + rows);
    ComplexRows m = random(users, rows, streams, rng);
    int width = users * streams;
    double[] wRe = new double[width];
    double[] wIm = new double[width];
    for (int p = 0; p < width; p++) {
      wRe[p] = rng.nextGaussian();
      wIm[p] = rng.nextGaussian();
    }
    double[] outRe = new double[rows];
    double[] outIm = new double[rows];
    outRe[0] = 1; // added to, not overwritten
    m.addTimes(skip, wRe, wIm, outRe, outIm);
    for (int r = 0; r < rows; r++) {
      double re = r == 0 ? 1 : 0;
      double im = 0;
      if (r != skip) {
        for (int j = 0; j < users; j++) {
          for (int i = 0; i < streams; i++) {
            double ar = m.re(j, r, i);
            double ai = m.im(j, r, i);
            re += ar * wRe[j * streams + i] - ai * wIm[j * streams + i];
            im += ar * wIm[j * streams + i] + ai * wRe[j * streams + i];
          }
        }
      }
      assertThat(outRe[r]).isCloseTo(re, within(1e-12 * Math.max(1, Math.abs(re))));
      assertThat(outIm[r]).isCloseTo(im, within(1e-12 * Math.max(1, Math.abs(im))));
    }
  }

  @ParameterizedTest
  @CsvSource({"4,2,8", "16,1,20", "3,3,5", "1,1,1"})
  void kernelSpaceProducts_matchTheirDefinitions(int users, int streams, int rows) {
    Random rng = new Random(users * 41L + rows);
    ComplexRows a = random(users, rows, streams, rng);
    ComplexRows b = random(users, rows, streams, rng);
    int width = users * streams;
    double[] power = new double[users];
    for (int j = 0; j < users; j++) {
      power[j] = 0.1 + 3 * rng.nextDouble();
    }
    // columnGram: σ²δ_pq + Σ_r conj(A[r, p])·A[r, q]
    double[] gram = new double[2 * width * width];
    a.columnGram(0.7, gram);
    for (int p = 0; p < width; p++) {
      for (int q = 0; q < width; q++) {
        double re = p == q ? 0.7 : 0;
        double im = 0;
        for (int r = 0; r < rows; r++) {
          double ar = a.re()[r][p];
          double ai = a.im()[r][p];
          double br = a.re()[r][q];
          double bi = a.im()[r][q];
          re += ar * br + ai * bi;
          im += ar * bi - ai * br;
        }
        assertThat(gram[2 * (p * width + q)]).isCloseTo(re, within(1e-12 * rows));
        assertThat(gram[2 * (p * width + q) + 1]).isCloseTo(im, within(1e-12 * rows));
      }
    }
    // setProductRight: (A·P)[r, q] = Σ_p A[r, p]·P[p, q]
    double[] pRe = new double[width * width];
    double[] pIm = new double[width * width];
    for (int i = 0; i < pRe.length; i++) {
      pRe[i] = rng.nextGaussian();
      pIm[i] = rng.nextGaussian();
    }
    ComplexRows product = new ComplexRows(users, rows, streams);
    product.setProductRight(a, pRe, pIm);
    for (int r = 0; r < rows; r++) {
      for (int q = 0; q < width; q++) {
        double re = 0;
        double im = 0;
        for (int p = 0; p < width; p++) {
          double ar = a.re()[r][p];
          double ai = a.im()[r][p];
          re += ar * pRe[p * width + q] - ai * pIm[p * width + q];
          im += ar * pIm[p * width + q] + ai * pRe[p * width + q];
        }
        assertThat(product.re()[r][q]).isCloseTo(re, within(1e-12 * width));
        assertThat(product.im()[r][q]).isCloseTo(im, within(1e-12 * width));
      }
    }
    // timesScaledAdjoint: Σ_p c_p·A[r, p]·conj(B[s, p]) on and below the diagonal
    double[][] outRe = new double[rows][rows];
    double[][] outIm = new double[rows][rows];
    a.timesScaledAdjoint(b, power, outRe, outIm);
    for (int r = 0; r < rows; r++) {
      for (int s = 0; s <= r; s++) {
        double re = 0;
        double im = 0;
        for (int p = 0; p < width; p++) {
          double c = power[p / streams];
          double ar = a.re()[r][p];
          double ai = a.im()[r][p];
          double br = b.re()[s][p];
          double bi = b.im()[s][p];
          re += c * (ar * br + ai * bi);
          im += c * (ai * br - ar * bi);
        }
        assertThat(outRe[r][s]).isCloseTo(re, within(1e-12 * width * 4));
        assertThat(outIm[r][s]).isCloseTo(im, within(1e-12 * width * 4));
      }
    }
    // scaleColumns: user j's columns times c_j^e
    double before = a.re()[0][width - 1];
    a.scaleColumns(power, -0.5);
    assertThat(a.re()[0][width - 1]).isCloseTo(before / Math.sqrt(power[users - 1]),
        within(1e-15 * Math.abs(before) + 1e-300));
  }

  private static ComplexRows random(int users, int rows, int streams, Random rng) {
    ComplexRows h = new ComplexRows(users, rows, streams);
    for (int j = 0; j < users; j++) {
      for (int r = 0; r < rows; r++) {
        for (int i = 0; i < streams; i++) {
          h.set(j, r, i, rng.nextGaussian(), rng.nextGaussian());
        }
      }
    }
    return h;
  }
}
