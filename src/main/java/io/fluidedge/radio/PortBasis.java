package io.fluidedge.radio;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * What every draw of the correlated-port channel shares: a square grid of P ports on the panel,
 * the Jakes correlation K = [J0(2π·|p_i − p_j|/λ)] between them, its dominant eigenmodes, and a
 * plane-wave form of the kriging interpolation for fast rows. Immutable.
 *
 * <p>Draw. With K = VΛVᵀ and the r modes whose eigenvalue exceeds {@link #RELATIVE_FLOOR}·λ_max,
 * a column of mode coefficients c ~ CN(0, I_r) gives the port values g = V_rΛ_r^{1/2}c, so
 * E[g gᴴ] = K up to the dropped modes (K is numerically rank-deficient: a field whose spectrum
 * is the ring |k| = 2π/λ has few degrees of freedom on a panel of a few wavelengths).
 *
 * <p>Field at any point x (Gaussian-process conditional mean, i.e. kriging): h(x) = k(x)ᵀα with
 * k(x) = [J0(2π·|x − p|/λ)]_p and weights α = K⁺g = V_rΛ_r^{−1/2}c, so h equals g at the ports
 * and E[h(x)h(y)*] = k(x)ᵀK⁺k(y), which is J0(2π·|x − y|/λ) to within the interpolation error
 * of the grid (about 1e-8 at spacing λ/4 on a 4λ panel, a few percent at λ/2).
 *
 * <p>Fast rows. The trapezoid rule on the angle integral J0(u) = (1/2π)∫ exp(j·u·cos ψ) dψ with
 * Q equally spaced angles ψ_q = 2πq/Q is exact up to 2·|J_Q(u)| (Jacobi–Anger), below 1e-16
 * for every distance on the panel when Q ≥ u_max + 8·u_max^{1/3} + 16, u_max = 2π·√2·A/λ; Q
 * even makes the imaginary parts cancel in antipodal pairs. Then
 * h(x) = Σ_q exp(j·(2π/λ)·û_q·x)·β_q with β_q = (1/Q)·Σ_p exp(−j·(2π/λ)·û_q·p)·α_p: Q plane
 * waves ({@link PlaneWaveChannel}) whose amplitudes are linear in c, β = B·c with the Q × r matrix
 * B = E·V_r·Λ_r^{−1/2} precomputed here.
 */
final class PortBasis {

  /** Modes with eigenvalue ≤ this fraction of the largest are dropped. */
  static final double RELATIVE_FLOOR = 1e-8;

  private final double wavelengthM;
  private final double[][] ports;
  private final int modes;
  private final double[] vectors;
  private final double[] eigenvalues;
  private final double[] waveKx;
  private final double[] waveKy;
  private final double[] bRe;
  private final double[] bIm;

  /**
   * @param panelM      panel side A, m
   * @param spacingM    the largest allowed port spacing, m (ports per side: ⌈A/spacing⌉ + 1)
   * @param wavelengthM λ, m
   */
  PortBasis(double panelM, double spacingM, double wavelengthM) {
    this.wavelengthM = wavelengthM;
    int side = portsPerSide(panelM, spacingM);
    double step = panelM / (side - 1);
    int count = side * side;
    ports = new double[count][];
    for (int i = 0; i < count; i++) {
      ports[i] = new double[] {(i % side) * step, (i / side) * step};
    }
    double k0 = 2 * Math.PI / wavelengthM;
    // K depends only on the grid offset: one J0 per offset.
    double[][] byOffset = new double[side][side];
    for (int a = 0; a < side; a++) {
      for (int b = 0; b < side; b++) {
        byOffset[a][b] = Bessel.j0(k0 * step * Math.hypot(a, b));
      }
    }
    DMatrixRMaj kernel = new DMatrixRMaj(count, count);
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < count; j++) {
        kernel.set(i, j, byOffset[Math.abs(i % side - j % side)][Math.abs(i / side - j / side)]);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(count, true, true);
    if (!eig.decompose(kernel)) {
      throw new IllegalStateException("eigendecomposition of the port correlation failed");
    }
    double max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, eig.getEigenvalue(i).real);
    }
    // Keep the dominant modes in decreasing order (deterministic for a given K).
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (p, q) -> Double.compare(eig.getEigenvalue(q).real,
        eig.getEigenvalue(p).real));
    int kept = 0;
    while (kept < count && eig.getEigenvalue(order[kept]).real > RELATIVE_FLOOR * max) {
      kept++;
    }
    modes = kept;
    eigenvalues = new double[modes];
    vectors = new double[count * modes];
    for (int i = 0; i < modes; i++) {
      eigenvalues[i] = eig.getEigenvalue(order[i]).real;
      DMatrixRMaj v = eig.getEigenVector(order[i]);
      for (int p = 0; p < count; p++) {
        vectors[p * modes + i] = v.get(p);
      }
    }
    double uMax = k0 * panelM * Math.sqrt(2);
    int waves = 2 * (int) Math.ceil((uMax + 8 * Math.cbrt(uMax) + 16) / 2);
    waveKx = new double[waves];
    waveKy = new double[waves];
    bRe = new double[waves * modes];
    bIm = new double[waves * modes];
    double[] phasor = new double[2];
    for (int q = 0; q < waves; q++) {
      double psi = 2 * Math.PI * q / waves;
      double ux = Math.cos(psi);
      double uy = Math.sin(psi);
      // PlaneWaveChannel evaluates exp(−j·(kx·x + ky·y)); the field needs exp(+j·k0·û·x).
      waveKx[q] = -k0 * ux;
      waveKy[q] = -k0 * uy;
      for (int p = 0; p < count; p++) {
        Phasor.of(-k0 * (ux * ports[p][0] + uy * ports[p][1]), phasor);
        for (int i = 0; i < modes; i++) {
          double w = vectors[p * modes + i] / (waves * Math.sqrt(eigenvalues[i]));
          bRe[q * modes + i] += phasor[0] * w;
          bIm[q * modes + i] += phasor[1] * w;
        }
      }
    }
  }

  /** Ports per side of the grid: ⌈A/spacing⌉ + 1, at least 2. */
  static int portsPerSide(double panelM, double spacingM) {
    return Math.max(2, (int) Math.ceil(panelM / spacingM - 1e-9) + 1);
  }

  /** λ, m. */
  double wavelengthM() {
    return wavelengthM;
  }

  /** Number of ports P. */
  int portCount() {
    return ports.length;
  }

  /** Number of kept modes r. */
  int modes() {
    return modes;
  }

  /** Port positions {x, y}, m (copies). */
  double[][] ports() {
    double[][] copy = new double[ports.length][];
    for (int p = 0; p < ports.length; p++) {
      copy[p] = ports[p].clone();
    }
    return copy;
  }

  /** Wave-vector x components of the Q waves, rad/m (shared, do not modify). */
  double[] waveKx() {
    return waveKx;
  }

  /** Wave-vector y components, rad/m (shared, do not modify). */
  double[] waveKy() {
    return waveKy;
  }

  /** The wave amplitudes U = B·c (Q × N, row-major) for mode coefficients c (r × N): {re, im}. */
  double[][] amplitudes(double[] cRe, double[] cIm, int antennas) {
    int waves = waveKx.length;
    double[] uRe = new double[waves * antennas];
    double[] uIm = new double[waves * antennas];
    for (int q = 0; q < waves; q++) {
      for (int i = 0; i < modes; i++) {
        double br = bRe[q * modes + i];
        double bi = bIm[q * modes + i];
        for (int n = 0; n < antennas; n++) {
          double cr = cRe[i * antennas + n];
          double ci = cIm[i * antennas + n];
          uRe[q * antennas + n] += br * cr - bi * ci;
          uIm[q * antennas + n] += br * ci + bi * cr;
        }
      }
    }
    return new double[][] {uRe, uIm};
  }

  /**
   * V_r·Λ_r^{power}·c: the port values g (power ½) or the kriging weights α (power −½), as
   * {re, im} of P × N matrices.
   */
  double[][][] portMatrix(double[] cRe, double[] cIm, int antennas, double power) {
    int count = ports.length;
    double[][] re = new double[count][antennas];
    double[][] im = new double[count][antennas];
    for (int p = 0; p < count; p++) {
      for (int i = 0; i < modes; i++) {
        double v = vectors[p * modes + i] * Math.pow(eigenvalues[i], power);
        for (int n = 0; n < antennas; n++) {
          re[p][n] += v * cRe[i * antennas + n];
          im[p][n] += v * cIm[i * antennas + n];
        }
      }
    }
    return new double[][][] {re, im};
  }
}
