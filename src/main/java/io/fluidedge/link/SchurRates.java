package io.fluidedge.link;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;

/**
 * Closed-form rates of all users as a function of one antenna's position, the others held fixed,
 * in O(K·M·N) per point instead of O(K·M³).
 *
 * <p>Moving antenna m changes only row m of every H_j, hence only row and column m of Q and of
 * every C_k = Q − c_k·H_kH_kᴴ (c_j = p_j/N). Write X = [[A, v], [vᴴ, c]] with m last: then
 * det X = det A·(c − vᴴA⁻¹v) (Schur complement), and A does not depend on antenna m. For Q,
 * v = Σ_j c_j·H̃_j·conj(h_j) where H̃_j is H_j without row m and h_j = f_j(r)ᴴU_j the new row, so
 * A_Q⁻¹v = Σ_j c_j·G_j·conj(h_j) with G_j = A_Q⁻¹H̃_j precomputed. For C_k, Woodbury gives
 * A_{C_k}⁻¹ = A_Q⁻¹ + G_k S_k⁻¹ G_kᴴ with S_k = I/c_k − H̃_kᴴG_k (N × N), and
 * det A_{C_k} = det A_Q · c_k^N · det S_k. Every evaluation is then a handful of N-vectors.
 *
 * <p>State kept between antennas: Q⁻¹, ln det Q, Y_j = Q⁻¹H_j and X_jj = H_jᴴQ⁻¹H_j.
 * {@link #focus} derives G_j and ln det A_Q from them in O(K·M·N) (block-inverse downdate, A_Q⁻¹
 * left implicit) and H̃_kᴴA_Q⁻¹H̃_k = X_kk − Y_k[m,:]ᴴY_k[m,:]/(Q⁻¹)_mm in O(N²);
 * {@link #commit} updates Q⁻¹ (O(M²), downdate and update fused), Y_j (O(K·M·N)) and X_jj
 * (O(K·N²), from the evaluation at the new point) and, if asked for at construction and once a
 * gradient has computed it, the whole X = HᴴQ⁻¹H (KN × KN) that {@link #potentialGradient}
 * needs (O((KN)²) per move where recomputing it costs O(M·(KN)²)). {@link #refresh} recomputes
 * them from scratch (O(M³); on large panels with 2·K·N ≤ M through a matrix of order K·N,
 * O(M²·KN)) to drop accumulated rounding. On large panels (the constructor's
 * {@code large}) G_j is left implicit, G_j = Y_j − z·β_j with β_j = −Y_j[m,:], so a focus costs
 * O(M + K·N³) and a commit updates Y_j by rank two.
 *
 * <p>Gradient: d ln det X = (dc − 2·Re(zᴴ dv))/(c − vᴴz) with z = A⁻¹v, and
 * ∂h_j/∂x = Σ_q (−j·kx_q)·conj(f_q)·U_j[q,:] (ky_q for y): the docs/model.md formula
 * 2·Re{e_mᵀX⁻¹Σ_j H_jP_j ∂h_jᴴ} written through the Schur complement. Mutable; not thread-safe.
 *
 * <p>Numerics: Q and every C_k are σ²I plus a positive semidefinite matrix, so each Schur
 * complement is at least σ², and that exact bound is used as a floor against cancellation. At
 * very high SNR (or with rank-deficient channels) S_k = I/c_k − H̃_kᴴA_Q⁻¹H̃_k is computed by
 * cancellation; when it is indefinite beyond rounding, {@link #focus} declines the antenna. The
 * rates here are used to choose candidates only: {@code BlockCoordinateDescent} keeps a move only
 * if the full evaluation ({@link UplinkRates#rates}) confirms it.
 */
public final class SchurRates {

  private static final double LN2 = Math.log(2);

  private final int antennas;
  private final int streams;
  private final int users;
  private final Channel channel;
  private final UserChannel[] channels;
  private final double[] power;
  private final double noise;
  private final double[] posX;
  private final double[] posY;
  private final ComplexRows h;
  private final ComplexRows hDx;
  private final ComplexRows hDy;
  private final ComplexRows y;
  /** A⁻¹H̃_j; on large panels allocated on first use (only evaluations with derivatives). */
  private ComplexRows g;
  /** Q⁻¹, real and imaginary parts apart, one array per row: the commit's update runs over whole
   * rows of each (the form of loop the JIT vectorises). */
  private final double[][] qRe;
  private final double[][] qIm;
  /** Scratch of {@link #refresh}: Q and then its inverse (interleaved), and the factor's work. */
  private final double[] qScratch;
  private final double[] qWork;
  private final double[] commitRowRe;
  private final double[] commitRowIm;
  /** β_j of {@link #focus} and β'_j of {@link #commit}, all users side by side (length KN). */
  private final double[] betaRe;
  private final double[] betaIm;
  /** Row m of Y before a commit (length KN). */
  private final double[] oldRowRe;
  private final double[] oldRowIm;
  private double logDetQ;
  private double focusQmm;
  private double traceQ;
  /** Large panels: X kept across commits, A⁻¹H̃_j left implicit (see the constructor). */
  private final boolean large;
  /**
   * Large panels with 2·K·N ≤ M: {@link #refresh} inverts a matrix of order K·N instead of M
   * (see {@link #refreshInKernelSpace}).
   */
  private final boolean lean;
  /** (σ²I + H̃ᴴH̃)⁻¹ of a lean state's refresh, real and imaginary parts apart (KN × KN). */
  private final double[] kernelRe;
  private final double[] kernelIm;
  /** The focus's z = A⁻¹v direction −Q⁻¹e_m/(Q⁻¹)_mm and β_j, kept apart on large panels. */
  private final double[] focusZRe;
  private final double[] focusZIm;
  private final double[] focusBetaRe;
  private final double[] focusBetaIm;
  /** w = c·conj(v) of an evaluation, and the rows scaled by √c_j for Q (large panels). */
  private final double[] wRe;
  private final double[] wIm;
  private final ComplexRows scaled;
  /** True when {@link #g} holds A⁻¹H̃_j for the focus (always, except on large panels). */
  private boolean gFormed;
  private boolean moved;
  private int commits;
  private double logDetAq;
  private final double[][] sInv;
  private final double[][] tMat;
  private final double[][] xkk;
  private final double[] logDetAc;
  private int focus = -1;
  /** Counts changes of the rows or of Q⁻¹ (commits, refreshes): what a cached gradient is of. */
  private long version;
  private long gradientOf = -1;
  private double[] gradientWeights;
  private final double[] gradientRates;
  private final double[] gradientX;
  private final double[] gradientY;
  private boolean gradientUsable;
  private final Evaluation eval;
  private final PotentialGradient potential;
  private final double[][] rowScratch;
  private final double[] focusScratch;
  private final double[] focusWork;

  /**
   * Work object for a channel and starting positions (copied) that recomputes X = HᴴQ⁻¹H for
   * every {@link #potentialGradient} (as {@link #SchurRates(Channel, Positions, boolean)} with
   * false).
   */
  public SchurRates(Channel channel, Positions positions) {
    this(channel, positions, false);
  }

  /**
   * Work object for a channel and starting positions (copied).
   *
   * @param large true for the arithmetic of large panels, equal up to rounding: X = HᴴQ⁻¹H kept
   *              across {@link #commit}s by rank-2 updates (O((KN)²) each) instead of recomputed
   *              for every {@link #potentialGradient} (O(M·(KN)²)), and G_j = A⁻¹H̃_j never
   *              formed: β_j = −Y_j[m, :] and G_j = Y_j − z·β_j, so {@link #focus} costs
   *              O(M + K·N³) instead of O(K·M·N), an evaluation applies G_j as Y_j plus a rank-one
   *              term, and a commit updates Y_j by rank two in one pass
   */
  public SchurRates(Channel channel, Positions positions, boolean large) {
    this.large = large;
    lean = large && 2 * channel.userCount() * channel.userAntennas() <= positions.size();
    antennas = positions.size();
    streams = channel.userAntennas();
    users = channel.userCount();
    channels = channel.users().toArray(new UserChannel[0]);
    power = new double[users];
    for (int j = 0; j < users; j++) {
      power[j] = Math.max(channels[j].txPower() / streams, Double.MIN_NORMAL);
    }
    noise = channel.noisePower();
    this.channel = channel;
    posX = new double[antennas];
    posY = new double[antennas];
    h = new ComplexRows(users, antennas, streams);
    hDx = new ComplexRows(users, antennas, streams);
    hDy = new ComplexRows(users, antennas, streams);
    y = new ComplexRows(users, antennas, streams);
    g = large ? null : new ComplexRows(users, antennas, streams);
    int order = lean ? users * streams : antennas; // the order of the matrix refresh inverts
    qRe = new double[antennas][antennas];
    qIm = new double[antennas][antennas];
    qScratch = new double[2 * order * order];
    qWork = new double[2 * order * order];
    kernelRe = new double[lean ? order * order : 0];
    kernelIm = new double[lean ? order * order : 0];
    commitRowRe = new double[antennas];
    commitRowIm = new double[antennas];
    betaRe = new double[users * streams];
    betaIm = new double[users * streams];
    oldRowRe = new double[users * streams];
    oldRowIm = new double[users * streams];
    focusZRe = new double[large ? antennas : 0];
    focusZIm = new double[large ? antennas : 0];
    focusBetaRe = new double[large ? users * streams : 0];
    focusBetaIm = new double[large ? users * streams : 0];
    wRe = new double[large ? users * streams : 0];
    wIm = new double[large ? users * streams : 0];
    scaled = large ? new ComplexRows(users, antennas, streams) : null;
    sInv = new double[users][2 * streams * streams];
    tMat = new double[users][2 * streams * streams];
    xkk = new double[users][2 * streams * streams];
    logDetAc = new double[users];
    gradientRates = new double[users];
    gradientX = new double[antennas];
    gradientY = new double[antennas];
    eval = new Evaluation(users, antennas, streams);
    potential = new PotentialGradient(users, streams);
    rowScratch = new double[6][streams];
    focusScratch = new double[2 * streams * streams];
    focusWork = new double[2 * streams * streams];
    for (int m = 0; m < antennas; m++) {
      posX[m] = positions.x(m);
      posY[m] = positions.y(m);
      setRows(m);
    }
    refresh();
  }

  /** Number of BS antennas M. */
  public int antennas() {
    return antennas;
  }

  /** Number of users K. */
  public int users() {
    return users;
  }

  /** Current x of antenna m, m. */
  public double x(int m) {
    return posX[m];
  }

  /** Current y of antenna m, m. */
  public double y(int m) {
    return posY[m];
  }

  /** Row m of every H_j and its derivatives, at (posX[m], posY[m]). */
  private void setRows(int m) {
    double[][] w = rowScratch;
    for (int j = 0; j < users; j++) {
      channels[j].rowWithGradient(posX[m], posY[m], w[0], w[1], w[2], w[3], w[4], w[5]);
      h.setRow(j, m, w[0], w[1]);
      hDx.setRow(j, m, w[2], w[3]);
      hDy.setRow(j, m, w[4], w[5]);
    }
  }

  /**
   * Rates at the current positions and the gradient of Φ = Σ_k w_k/R_k with respect to every
   * antenna's position, in O(K²·M·N²) for all M antennas together (see
   * {@link PotentialGradient}). Uses Q⁻¹H_j as kept since the last {@link #refresh}; drops no
   * focus. A call with the same weights when nothing moved or was refreshed since the last call
   * returns that call's results without recomputing them.
   *
   * @param w     weights w_k (length K)
   * @param rates receives R_k (modified)
   * @param gx    receives ∂Φ/∂x_m (modified, length M)
   * @param gy    receives ∂Φ/∂y_m (modified)
   * @return false when some I − c_k·H_kᴴQ⁻¹H_k is not positive definite beyond rounding or a
   *         rate is not positive (very high SNR): the outputs are then unusable
   */
  public boolean potentialGradient(double[] w, double[] rates, double[] gx, double[] gy) {
    if (gradientOf == version && java.util.Arrays.equals(w, gradientWeights)) {
      // Nothing moved since the last call with these weights (a round whose steps all failed):
      // the same inputs, so the same outputs.
      System.arraycopy(gradientRates, 0, rates, 0, users);
      System.arraycopy(gradientX, 0, gx, 0, antennas);
      System.arraycopy(gradientY, 0, gy, 0, antennas);
      return gradientUsable;
    }
    gradientUsable = potential.run(this, w, rates, gx, gy);
    gradientOf = version;
    gradientWeights = w.clone();
    System.arraycopy(rates, 0, gradientRates, 0, users);
    System.arraycopy(gx, 0, gradientX, 0, antennas);
    System.arraycopy(gy, 0, gradientY, 0, antennas);
    return gradientUsable;
  }

  /** The current positions. */
  public Positions positions() {
    return Positions.of(posX, posY);
  }

  /** The focused antenna, or −1. */
  public int focused() {
    return focus;
  }

  /**
   * Recomputes Q⁻¹, ln det Q and Y_j = Q⁻¹H_j from the current rows (O(M³), or O(M²·KN) on a
   * large panel with 2·K·N ≤ M: {@link #refreshInKernelSpace}); drops the focus.
   */
  public void refresh() {
    if (lean) {
      refreshInKernelSpace();
    } else {
      refreshInverse();
    }
    for (int j = 0; j < users; j++) {
      h.crossGram(j, y, xkk[j]);
      Hermitian.hermitize(xkk[j], streams);
    }
    traceQ = traceQFromRows();
    potential.forgetGram();
    focus = -1;
    eval.forget();
    moved = false;
    commits = 0;
    version++;
  }

  /** Q⁻¹, ln det Q and Y = Q⁻¹H from Q formed and inverted (O(M³ + M²·KN)). */
  private void refreshInverse() {
    double[] q = qScratch;
    if (large) {
      scaled.setScaledColumns(h, power);
      scaled.gram(noise, q);
    } else {
      h.gram(noise, power, q);
    }
    logDetQ = Hermitian.invert(q, antennas, q, qWork); // Q⁻¹ over Q (read only by the factor)
    for (int r = 0; r < antennas; r++) {
      for (int c = 0; c < antennas; c++) {
        qRe[r][c] = q[2 * (r * antennas + c)];
        qIm[r][c] = q[2 * (r * antennas + c) + 1];
      }
    }
    y.setProduct(q, h);
  }

  /**
   * Q⁻¹, ln det Q and Y = Q⁻¹H of a lean state in O(M·(KN)² + (KN)³ + M²·KN/2) instead of
   * O(M³ + M²·KN), through the K·N-dimensional K = σ²I + H̃ᴴH̃ (H̃ = [H√c], so Q = σ²I + H̃H̃ᴴ):
   * det Q = σ^{2(M−KN)}·det K (Sylvester), Q⁻¹H̃ = H̃K⁻¹ (push-through), so Y_j is user j's
   * columns of H̃K⁻¹ divided by √c_j, and Q⁻¹ = σ⁻²(I − H̃K⁻¹H̃ᴴ) = σ⁻²(I − Y·C·Hᴴ) (Woodbury,
   * C the per-stream powers). With 2·KN ≤ M most of each e_m lies outside the range of H̃, so the
   * diagonal of Q⁻¹ is not formed by cancellation.
   */
  private void refreshInKernelSpace() {
    int width = users * streams;
    scaled.setScaledColumns(h, power);
    double[] k = qScratch;
    scaled.columnGram(noise, k);
    double logDetK = Hermitian.invert(k, width, k, qWork); // K⁻¹ over K
    logDetQ = (antennas - width) * Math.log(noise) + logDetK;
    for (int i = 0; i < width * width; i++) {
      kernelRe[i] = k[2 * i];
      kernelIm[i] = k[2 * i + 1];
    }
    y.setProductRight(scaled, kernelRe, kernelIm);
    y.scaleColumns(power, -0.5);
    // Q⁻¹ = σ⁻²(I − Ỹ·H̃ᴴ), Ỹ = H̃K⁻¹ = Y·√C: entry (r, s) = σ⁻²(δ_rs − Σ_p c_p·Y[r, p]·conj(H[s, p])),
    // the lower triangle computed and mirrored (Q⁻¹ Hermitian).
    y.timesScaledAdjoint(h, power, qRe, qIm);
    double inv = 1 / noise;
    for (int r = 0; r < antennas; r++) {
      for (int c = 0; c <= r; c++) {
        double re = ((r == c ? 1 : 0) - qRe[r][c]) * inv;
        double im = r == c ? 0 : -qIm[r][c] * inv;
        qRe[r][c] = re;
        qIm[r][c] = im;
        qRe[c][r] = re;
        qIm[c][r] = -im;
      }
    }
  }

  /**
   * Moves every antenna to (x[m], y[m]) at once and recomputes the state from scratch (O(M³)).
   * Counts as a move for {@link #movedSinceRefresh}.
   */
  public void moveAll(double[] x, double[] y) {
    boolean any = false;
    for (int m = 0; m < antennas; m++) {
      if (x[m] != posX[m] || y[m] != posY[m]) {
        posX[m] = x[m];
        posY[m] = y[m];
        setRows(m);
        any = true;
      }
    }
    refresh();
    moved = any;
  }

  /** True if an antenna moved since the last {@link #refresh} (or construction). */
  public boolean movedSinceRefresh() {
    return moved;
  }

  /**
   * Rank updates ({@link #commit}s) since the state was last computed from scratch: what its
   * rounding drift grows with.
   */
  public int commitsSinceRefresh() {
    return commits;
  }

  /** tr Q = M·σ² + Σ_j c_j·‖H_j‖²_F at the current rows, O(K·M·N). */
  private double traceQFromRows() {
    double t = antennas * noise;
    for (int j = 0; j < users; j++) {
      double f = 0;
      for (int r = 0; r < antennas; r++) {
        for (int i = 0; i < streams; i++) {
          f += h.re(j, r, i) * h.re(j, r, i) + h.im(j, r, i) * h.im(j, r, i);
        }
      }
      t += power[j] * f;
    }
    return t;
  }

  /**
   * Prepares to move antenna m: G_j, S_k⁻¹ and the log-determinants, O(K·M·N + K·N³).
   *
   * @return false, leaving no antenna focused, when the update is numerically unreliable: some
   *         S_k is indefinite beyond rounding (its terms cancel almost exactly, at very high SNR)
   *         or a value is not finite. The caller should then leave antenna m where it is.
   */
  public boolean focus(int m) {
    focus = -1;
    eval.forget();
    int n = antennas;
    // (Q⁻¹)_mm lies in [1/λmax(Q), 1/σ²] ⊇ [1/tr Q, 1/σ²] since σ²I ⪯ Q; the clamp guards against
    // drift after many rank updates of an ill-conditioned Q (very high SNR).
    double[] zRe = large ? focusZRe : eval.zRe;
    double[] zIm = large ? focusZIm : eval.zIm;
    double qmm = Math.min(Math.max(qRe[m][m], 1 / traceQ), 1 / noise);
    for (int r = 0; r < n; r++) {
      // Large panels keep Q⁻¹'s lower triangle only: (Q⁻¹)_rm = conj((Q⁻¹)_mr) above it.
      boolean above = large && r < m;
      zRe[r] = r == m ? 0 : -(above ? qRe[m][r] : qRe[r][m]) / qmm;
      zIm[r] = r == m ? 0 : -(above ? -qIm[m][r] : qIm[r][m]) / qmm;
    }
    focusQmm = qmm;
    logDetAq = logDetQ + Math.log(qmm);
    // G_j = Y_j[−m] − z·β_j with β_j = (zᴴH̃_j − h_jm)/s and 1/s = (Q⁻¹)_mm.
    if (large) {
      // zᴴH̃_j = −Σ_{r≠m} (Q⁻¹)_mr·H_j[r, :]/(Q⁻¹)_mm = −(Y_j[m, :] − (Q⁻¹)_mm·h_jm)/(Q⁻¹)_mm
      // (Q⁻¹ Hermitian), so β_j = −Y_j[m, :]: O(KN) instead of O(M·KN), and G stays implicit.
      int width = users * streams;
      for (int p = 0; p < width; p++) {
        focusBetaRe[p] = -y.re()[m][p];
        focusBetaIm[p] = -y.im()[m][p];
      }
      gFormed = false;
    } else {
      h.adjointTimesAll(m, zRe, zIm, betaRe, betaIm);
      for (int j = 0; j < users; j++) {
        for (int i = 0; i < streams; i++) {
          betaRe[j * streams + i] = (betaRe[j * streams + i] - h.re(j, m, i)) * qmm;
          betaIm[j * streams + i] = (betaIm[j * streams + i] - h.im(j, m, i)) * qmm;
        }
      }
      g.setRankOneUpdate(y, m, zRe, zIm, betaRe, betaIm, -1);
      gFormed = true;
    }
    double[] s = focusScratch;
    double[] work = focusWork;
    double invQmm = 1 / qmm;
    for (int k = 0; k < users; k++) {
      // H̃_kᴴA⁻¹H̃_k = H_kᴴ(Q⁻¹ − Q⁻¹e_m·e_mᵀQ⁻¹/(Q⁻¹)_mm)H_k = X_kk − Y_k[m,:]ᴴY_k[m,:]/(Q⁻¹)_mm
      // (the downdated inverse annihilates row m, so H̃_k may be written H_k): O(N²).
      double[] t = tMat[k];
      for (int a = 0; a < streams; a++) {
        double yaRe = y.re(k, m, a);
        double yaIm = y.im(k, m, a);
        for (int b = 0; b < streams; b++) {
          double ybRe = y.re(k, m, b);
          double ybIm = y.im(k, m, b);
          int ab = 2 * (a * streams + b);
          // conj(y_a)·y_b
          t[ab] = xkk[k][ab] - (yaRe * ybRe + yaIm * ybIm) * invQmm;
          t[ab + 1] = xkk[k][ab + 1] - (yaRe * ybIm - yaIm * ybRe) * invQmm;
        }
      }
      Hermitian.hermitize(t, streams);
      for (int i = 0; i < 2 * streams * streams; i++) {
        s[i] = -t[i];
      }
      for (int i = 0; i < streams; i++) {
        s[2 * (i * streams + i)] += 1 / power[k];
      }
      Hermitian.hermitize(s, streams);
      double logDetS = Hermitian.invertIfDefinite(s, streams, sInv[k], work);
      logDetAc[k] = logDetAq + streams * Math.log(power[k]) + logDetS;
      if (!Double.isFinite(logDetAc[k]) || !finite(sInv[k])) {
        return false;
      }
    }
    if (!Double.isFinite(logDetAq) || !finite(zRe) || !finite(zIm)) {
      return false;
    }
    focus = m;
    return true;
  }

  private static boolean finite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Closed-form rates with the focused antenna at (x, y), bit/s/Hz, and optionally their gradient.
   *
   * @param rates receives R_k (modified, length K)
   * @param dRdx  receives ∂R_k/∂x, or null for no gradient (modified)
   * @param dRdy  receives ∂R_k/∂y, or null (modified)
   */
  public void evaluate(double x, double y, double[] rates, double[] dRdx, double[] dRdy) {
    if (focus < 0) {
      throw new IllegalStateException("focus(m) first");
    }
    eval.run(this, x, y, rates, dRdx, dRdy);
  }

  /**
   * {@link #evaluate(double, double, double[], double[], double[])} at point p of {@code rows}
   * without gradients, its channel rows taken from them instead of computed (the same values).
   *
   * @param rows  rows of this state's channel
   * @param p     the point
   * @param rates R_k with the focused antenna at the point (length K, overwritten)
   * @throws IllegalArgumentException if the rows are of another channel
   */
  public void evaluate(PointRows rows, int p, double[] rates) {
    if (focus < 0) {
      throw new IllegalStateException("focus(m) first");
    }
    if (!rows.of(channel)) {
      throw new IllegalArgumentException("the rows are of another channel");
    }
    eval.run(this, rows.x(p), rows.y(p), rows, p, rates, null, null);
  }

  /**
   * Moves the focused antenna to (newX, newY), updating Q⁻¹, Y_j and X_jj; the focus stays valid.
   */
  public void commit(double newX, double newY) {
    if (!eval.holds(newX, newY)) { // usually the last evaluation was the accepted point
      eval.run(this, newX, newY, new double[users], null, null);
    }
    eval.forget();
    moved = true;
    commits++;
    version++;
    int n = antennas;
    int m = focus;
    double s = eval.schurQ;
    double[] zRe = eval.zRe;
    double[] zIm = eval.zIm;
    double invQmm = 1 / focusQmm;
    double invS = 1 / s;
    if (large) {
      updateLowerInverse(m, zRe, zIm, invQmm, invS);
    } else {
      updateInverse(m, zRe, zIm, invQmm, invS);
    }
    focusQmm = invS; // (Q'⁻¹)_mm: a further commit of this focus downdates from Q'⁻¹
    logDetQ = logDetAq + Math.log(s);
    posX[m] = newX;
    posY[m] = newY;
    for (int j = 0; j < users; j++) {
      for (int i = 0; i < streams; i++) {
        traceQ += power[j] * (eval.rowRe[j][i] * eval.rowRe[j][i]
            + eval.rowIm[j][i] * eval.rowIm[j][i] - h.re(j, m, i) * h.re(j, m, i)
            - h.im(j, m, i) * h.im(j, m, i));
      }
      h.setRow(j, m, eval.rowRe[j], eval.rowIm[j]);
      hDx.setRow(j, m, eval.dxRe[j], eval.dxIm[j]);
      hDy.setRow(j, m, eval.dyRe[j], eval.dyIm[j]);
    }
    for (int j = 0; j < users; j++) {
      // β'_j = (zᴴH̃_j − h'_jm)/s with zᴴH̃_j = conj(p_j) from the evaluation;
      // Y_j[m] = −β'_j; Y_j[r] = G_j[r] + z_r·β'_j.
      int o = j * streams;
      for (int i = 0; i < streams; i++) {
        betaRe[o + i] = (eval.pRe[j][i] - eval.rowRe[j][i]) * invS;
        betaIm[o + i] = (-eval.pIm[j][i] - eval.rowIm[j][i]) * invS;
      }
      // X_jj' = H̃_jᴴA⁻¹H̃_j + u·uᴴ/s with u = H̃_jᴴz − h'_jmᴴ = s·conj(β'_j): entry (a, b) is
      // s·conj(β'_a)·β'_b (block inverse of Q' by row m).
      for (int a = 0; a < streams; a++) {
        for (int b = 0; b < streams; b++) {
          int ab = 2 * (a * streams + b);
          xkk[j][ab] = tMat[j][ab] + s * (betaRe[o + a] * betaRe[o + b]
              + betaIm[o + a] * betaIm[o + b]);
          xkk[j][ab + 1] = tMat[j][ab + 1] + s * (betaRe[o + a] * betaIm[o + b]
              - betaIm[o + a] * betaRe[o + b]);
        }
      }
    }
    // The whole X' = H'ᴴQ'⁻¹H' as the X_jj' above: H̃ᴴA⁻¹H̃ = X − conj(Y[m, :])ᵀ·Y[m, :]/(Q⁻¹)_mm
    // (the downdate of the focus), plus s·conj(β')ᵀβ'.
    if (large) {
      System.arraycopy(y.re()[m], 0, oldRowRe, 0, betaRe.length);
      System.arraycopy(y.im()[m], 0, oldRowIm, 0, betaRe.length);
      potential.updateGram(oldRowRe, oldRowIm, invQmm, betaRe, betaIm, s);
      // Y_j[r] = G_j[r] + z_r·β'_j = Y_j[r] − z_f,r·β_j + z_r·β'_j: rank two, in place. The new
      // focus (this antenna, moved) has z_f = z and β = β' (= −Y'_j[m, :]); G is unchanged.
      y.addRankTwo(m, focusZRe, focusZIm, focusBetaRe, focusBetaIm, zRe, zIm, betaRe, betaIm);
      System.arraycopy(zRe, 0, focusZRe, 0, n);
      System.arraycopy(zIm, 0, focusZIm, 0, n);
      System.arraycopy(betaRe, 0, focusBetaRe, 0, betaRe.length);
      System.arraycopy(betaIm, 0, focusBetaIm, 0, betaIm.length);
    } else {
      potential.forgetGram();
      y.setRankOneUpdate(g, m, zRe, zIm, betaRe, betaIm, 1);
    }
    for (int j = 0; j < users; j++) {
      for (int i = 0; i < streams; i++) {
        y.set(j, m, i, -betaRe[j * streams + i], -betaIm[j * streams + i]);
      }
    }
  }

  /**
   * Q⁻¹ after the focused antenna m moved. Off row/column m: Q'⁻¹ = A⁻¹ + z·zᴴ/s with
   * A⁻¹ = Q⁻¹ − Q⁻¹e_m·e_mᵀQ⁻¹/(Q⁻¹)_mm (the block-inverse downdate), in one pass; row and column
   * m of the old Q⁻¹ are read, not written. O(M²).
   */
  private void updateInverse(int m, double[] zRe, double[] zIm, double invQmm, double invS) {
    int n = antennas;
    // Row m of the old Q⁻¹, apart: the loop below then never reads what it writes. (Its writes to
    // column m are overwritten after it; each row reads its own column-m entry before writing.)
    double[] rowRe = commitRowRe;
    double[] rowIm = commitRowIm;
    System.arraycopy(qRe[m], 0, rowRe, 0, n);
    System.arraycopy(qIm[m], 0, rowIm, 0, n);
    for (int r = 0; r < n; r++) {
      if (r == m) {
        continue;
      }
      double qrRe = qRe[r][m] * invQmm;
      double qrIm = qIm[r][m] * invQmm;
      double zrRe = zRe[r] * invS;
      double zrIm = zIm[r] * invS;
      // Real and imaginary parts in separate rows and loops (each entry computed as it was
      // interleaved, so to the same bits): each loop then vectorises.
      update(qRe[r], qIm[r], n, zRe, zIm, zrRe, zrIm, rowRe, rowIm, qrRe, qrIm);
    }
    for (int r = 0; r < n; r++) {
      if (r == m) {
        qRe[r][m] = invS;
        qIm[r][m] = 0;
      } else {
        qRe[r][m] = -zRe[r] * invS;
        qIm[r][m] = -zIm[r] * invS;
        qRe[m][r] = -zRe[r] * invS;
        qIm[m][r] = zIm[r] * invS;
      }
    }
  }

  /**
   * {@link #updateInverse} on the lower triangle only (large panels): Q⁻¹ is Hermitian, the focus
   * reads column m through it, and the update costs half as much.
   */
  private void updateLowerInverse(int m, double[] zRe, double[] zIm, double invQmm,
      double invS) {
    int n = antennas;
    // Row m of the old Q⁻¹ in full, from the lower triangle.
    double[] rowRe = commitRowRe;
    double[] rowIm = commitRowIm;
    for (int c = 0; c < n; c++) {
      boolean lower = c <= m;
      rowRe[c] = lower ? qRe[m][c] : qRe[c][m];
      rowIm[c] = lower ? qIm[m][c] : -qIm[c][m];
    }
    for (int r = 0; r < n; r++) {
      if (r == m) {
        continue;
      }
      // (Q⁻¹)_rm = conj((Q⁻¹)_mr)
      double qrRe = rowRe[r] * invQmm;
      double qrIm = -rowIm[r] * invQmm;
      double zrRe = zRe[r] * invS;
      double zrIm = zIm[r] * invS;
      // (r, m) itself is overwritten below
      update(qRe[r], qIm[r], r + 1, zRe, zIm, zrRe, zrIm, rowRe, rowIm, qrRe, qrIm);
    }
    for (int r = 0; r < n; r++) {
      if (r == m) {
        qRe[m][m] = invS;
        qIm[m][m] = 0;
      } else if (r > m) {
        qRe[r][m] = -zRe[r] * invS;
        qIm[r][m] = -zIm[r] * invS;
      } else {
        qRe[m][r] = -zRe[r] * invS;
        qIm[m][r] = zIm[r] * invS;
      }
    }
  }

  /**
   * One row of the inverse update, entries 0 … count − 1: row += z_r·conj(z)/s − q_r·row_m, with
   * zr = z_r/s and qr = (Q⁻¹)_rm/(Q⁻¹)_mm as the callers scaled them.
   */
  private static void update(double[] re, double[] im, int count, double[] zRe, double[] zIm,
      double zrRe, double zrIm, double[] mRe, double[] mIm, double qrRe, double qrIm) {
    for (int c = 0; c < count; c++) {
      re[c] += zrRe * zRe[c] + zrIm * zIm[c] - (qrRe * mRe[c] - qrIm * mIm[c]);
    }
    for (int c = 0; c < count; c++) {
      im[c] += zrIm * zRe[c] - zrRe * zIm[c] - (qrRe * mIm[c] + qrIm * mRe[c]);
    }
  }

  /**
   * Rates at the current positions from the state as {@link #refresh} computed it from scratch:
   * R_k = −log2 det T_k with T_k = I − c_k·X_kk and X_kk = H_kᴴQ⁻¹H_k (det C_k = det Q·det T_k),
   * O(K·N³) where {@link #exactRates} costs O(M·(KN)²). Equal to those up to rounding, which
   * grows with the SNR (T_k is formed by cancellation); hence only on large panels.
   *
   * @return null when this is not a large-panel state, it changed since its refresh, or some T_k
   *         is not positive definite beyond rounding (very high SNR): use {@link #exactRates}
   */
  public double[] refreshedRates() {
    if (!large || commits > 0) {
      return null;
    }
    double[] rates = new double[users];
    double[] inverse = new double[2 * streams * streams];
    for (int k = 0; k < users; k++) {
      double[] t = focusScratch;
      for (int i = 0; i < t.length; i++) {
        t[i] = -power[k] * xkk[k][i];
      }
      for (int i = 0; i < streams; i++) {
        t[2 * (i * streams + i)] += 1;
      }
      Hermitian.hermitize(t, streams);
      double logDet = Hermitian.invertIfDefinite(t, streams, inverse, focusWork);
      rates[k] = -logDet / LN2;
      if (!(rates[k] > 0) || !Double.isFinite(rates[k])) {
        return null;
      }
    }
    return rates;
  }

  /**
   * Rates at the current positions from scratch, as {@link UplinkRates#rates(Channel, Positions)}
   * computes them, independent of the rank updates; the rows themselves are reused.
   */
  public double[] exactRates() {
    return UplinkRates.rates(channel, h.re(), h.im(), antennas);
  }

  /** Closed-form rates at the current positions, bit/s/Hz (modified: {@code out}). */
  public void currentRates(double[] out) {
    if (focus < 0 && !focus(0)) {
      double[] exact = exactRates();
      System.arraycopy(exact, 0, out, 0, users);
      return;
    }
    evaluate(posX[focus], posY[focus], out, null, null);
  }

  int streams() {
    return streams;
  }

  UserChannel channel(int j) {
    return channels[j];
  }

  double power(int j) {
    return power[j];
  }

  double noise() {
    return noise;
  }

  ComplexRows rows() {
    return h;
  }

  ComplexRows rowsDx() {
    return hDx;
  }

  ComplexRows rowsDy() {
    return hDy;
  }

  ComplexRows y() {
    return y;
  }

  PotentialGradient gradientKernel() {
    return potential;
  }

  /** G_j = A⁻¹H̃_j for the focus, side by side (formed here on first use on large panels). */
  ComplexRows g() {
    if (!gFormed) {
      if (g == null) {
        g = new ComplexRows(users, antennas, streams);
      }
      g.setRankOneUpdate(y, focus, focusZRe, focusZIm, focusBetaRe, focusBetaIm, -1);
      gFormed = true;
    }
    return g;
  }

  /**
   * out[r] += Σ_j c_j·(G_j·conj(v_j))[r] for r ≠ the focus: z = A⁻¹v of an evaluation. On large
   * panels G_j = Y_j − z_f·β_j is applied as Y_j·w − z_f·(β·w), w_j = c_j·conj(v_j), O(K·M·N).
   *
   * @param c   per-user factors c_j
   * @param vRe v_j's real parts, one array of length N per user
   * @param vIm v_j's imaginary parts
   */
  void addFocusedTimesConj(double[] c, double[][] vRe, double[][] vIm, double[] outRe,
      double[] outIm) {
    if (!large) {
      g.addTimesConjAll(focus, c, vRe, vIm, outRe, outIm);
      return;
    }
    // w = c·conj(v), all users side by side: each row of Y is then one dot product of length KN
    // (at N = 1 the per-user sums would be loops of length one).
    double sRe = 0;
    double sIm = 0;
    for (int j = 0; j < users; j++) {
      for (int i = 0; i < streams; i++) {
        int b = j * streams + i;
        double wr = c[j] * vRe[j][i];
        double wi = -c[j] * vIm[j][i];
        wRe[b] = wr;
        wIm[b] = wi;
        // β·w
        sRe += focusBetaRe[b] * wr - focusBetaIm[b] * wi;
        sIm += focusBetaRe[b] * wi + focusBetaIm[b] * wr;
      }
    }
    y.addTimes(focus, wRe, wIm, outRe, outIm);
    for (int r = 0; r < antennas; r++) {
      if (r != focus) {
        outRe[r] -= focusZRe[r] * sRe - focusZIm[r] * sIm;
        outIm[r] -= focusZRe[r] * sIm + focusZIm[r] * sRe;
      }
    }
  }

  double[] sInv(int k) {
    return sInv[k];
  }

  double[] tMat(int k) {
    return tMat[k];
  }

  double logDetAq() {
    return logDetAq;
  }

  double logDetAc(int k) {
    return logDetAc[k];
  }

  static double ln2() {
    return LN2;
  }
}
