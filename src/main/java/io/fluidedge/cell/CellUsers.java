package io.fluidedge.cell;

import io.fluidedge.optimize.UserProfile;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.scenario.Cell;
import io.fluidedge.scenario.Placement;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import io.fluidedge.scenario.UserClass;
import io.fluidedge.scenario.UserClasses;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * The users of a run in the cell: their profiles for the optimizer and, in the path-loss link
 * budget, their positions, motion and large-scale links, updated at block boundaries.
 *
 * <p>Normalised link budget (the default): user k has transmit power 10^(snr_k/10) and β_k = 1,
 * the paper's mode; nothing is placed or moved. Path-loss link budget: p_k = 10^((P_k,dBm −
 * N_dBm)/10) with thermal noise N = −174 dBm/Hz + 10·log10 B + NF (so σ² = 1 stays the unit), and
 * β_k = 10^(−(PL + SF)/10) at the user's position. Each user draws once, from the
 * {@value #LARGE_SCALE_STREAM} stream, a uniform u_k and a standard normal z_k: it is in line of
 * sight while u_k &lt; Pr_LoS(d_2D), and its shadowing is SF = σ_SF(LoS)·z_k, so LoS state and
 * shadowing follow the position consistently as the user moves. Speeds set each user's Doppler
 * f_D = v·f_c/c and its Gauss-Markov correlation a_k = J0(2π·f_D·T_c). Random-waypoint users
 * draw their waypoints in their class's placement annulus (the cell's annulus for ring and point
 * placements), so a class placed near the base station stays near it.
 */
public final class CellUsers {

  /** Stream of initial positions. */
  public static final String PLACEMENT_STREAM = "users.placement";
  /** Stream of random-waypoint legs. */
  public static final String MOBILITY_STREAM = "users.mobility";
  /** Stream of each user's LoS uniform and shadowing normal. */
  public static final String LARGE_SCALE_STREAM = "users.large-scale";

  private final Scenario scenario;
  private final UserClasses classes;
  private final Walker[] walkers;
  private final double[] losUniform;
  private final double[] shadowNormal;
  private final double noiseDbm;
  private long block;

  private CellUsers(Scenario scenario) {
    this.scenario = scenario;
    this.classes = scenario.userClasses();
    int k = classes.users();
    Cell cell = scenario.cell();
    this.noiseDbm = PathLossModel.noiseDbm(scenario.radio().bandwidthHz(), cell.noiseFigureDb());
    if (!cell.spatial()) {
      walkers = null;
      losUniform = null;
      shadowNormal = null;
      return;
    }
    walkers = new Walker[k];
    losUniform = new double[k];
    shadowNormal = new double[k];
    RandomStream place = Streams.of(scenario.seed(), PLACEMENT_STREAM);
    RandomStream move = Streams.of(scenario.seed(), MOBILITY_STREAM);
    RandomStream large = Streams.of(scenario.seed(), LARGE_SCALE_STREAM);
    int u = 0;
    for (UserClass c : classes.classes()) {
      double[][] start = Placements.place(c.placement(), c.count(), place);
      boolean annulus = c.placement().kind() == Placement.Kind.ANNULUS;
      double rMin = annulus ? c.placement().rMinM() : cell.rMinM();
      double rMax = annulus ? c.placement().rMaxM() : cell.rMaxM();
      for (double[] p : start) {
        walkers[u] = new Walker(c.mobility(), p[0], p[1], rMin, rMax, move);
        losUniform[u] = large.nextDouble();
        shadowNormal[u] = NormalDist.inverseF01(large.nextDouble());
        u++;
      }
    }
  }

  /** The users of a scenario at block 0. */
  public static CellUsers of(Scenario scenario) {
    return new CellUsers(scenario);
  }

  /** Whether users have positions (path-loss link budget). */
  public boolean spatial() {
    return walkers != null;
  }

  /** K. */
  public int users() {
    return classes.users();
  }

  /**
   * Moves every user to the start of block {@code k} (time k·T_c); blocks only go forward.
   *
   * @param k the block index (≥ the current one)
   */
  public void moveTo(long k) {
    if (k < block) {
      throw new IllegalArgumentException("blocks go forward: " + k + " after " + block);
    }
    if (walkers != null && k > block) {
      double dt = (k - block) * scenario.coherenceS();
      for (Walker w : walkers) {
        w.advance(dt);
      }
    }
    block = k;
  }

  /** User k's large-scale link now (path-loss link budget only). */
  public UserLink link(int k) {
    if (walkers == null) {
      throw new IllegalStateException("users have no positions in the normalised link budget");
    }
    Walker w = walkers[k];
    return link(scenario.cell(), scenario.radio().carrierHz(), w.x(), w.y(), w.speedMps(),
        losUniform[k], shadowNormal[k]);
  }

  /**
   * The large-scale link of a user at (x, y).
   *
   * @param cell       the cell settings (model, heights, shadowing)
   * @param carrierHz  f_c, Hz
   * @param uLos       the user's uniform: LoS while u &lt; Pr_LoS(d_2D)
   * @param z          the user's standard normal: SF = σ_SF·z (0 with shadowing off)
   */
  public static UserLink link(Cell cell, double carrierHz, double xM, double yM, double speedMps,
      double uLos, double z) {
    PathLossModel model = PathLossModel.valueOf(cell.pathLoss().name());
    double d = Math.hypot(xM, yM);
    boolean los = uLos < model.losProbability(d);
    double pl = model.meanDb(d, los, carrierHz, cell.bsHeightM(), cell.ueHeightM(),
        cell.logDistanceExponent());
    double sf = cell.shadowing() ? model.shadowingSigmaDb(los, cell.logDistanceSigmaDb()) * z : 0;
    return new UserLink(xM, yM, d, los, pl, sf, Math.pow(10, -(pl + sf) / 10), speedMps);
  }

  /**
   * Each user's profile for the optimizer in the current block: the class's model split and bit
   * range, transmit power and β_k (1 in the normalised link budget).
   */
  public List<UserProfile> profiles() {
    List<UserProfile> out = new ArrayList<>(users());
    for (int k = 0; k < users(); k++) {
      UserClass c = classes.classOf(k);
      double power = walkers == null ? c.normalisedTxPower()
          : Math.pow(10, (c.txPowerDbm() - noiseDbm) / 10);
      double beta = walkers == null ? 1 : link(k).largeScaleGain();
      out.add(new UserProfile(c.parameters(), c.cyclesPerParameter(), c.featureElements(),
          c.bitsMin(), c.bitsMax(), power, beta));
    }
    return out;
  }

  /**
   * Each user's Gauss-Markov correlation a_k = J0(2π·v_k·f_c/c·T_c) now, or null in the
   * normalised link budget (the scenario's {@code radio.doppler-hz} applies to all).
   */
  public double[] correlations() {
    if (walkers == null) {
      return null;
    }
    double[] a = new double[users()];
    for (int k = 0; k < a.length; k++) {
      double dopplerHz = walkers[k].speedMps() * scenario.radio().carrierHz() / Radio.C0;
      a[k] = ChannelProcess.correlation(dopplerHz, scenario.coherenceS());
    }
    return a;
  }

  /**
   * The blocks.csv columns this adds in the path-loss link budget: {@code distance_m_<k>} for
   * every user, then {@code user_x_m_<k>,user_y_m_<k>} per user.
   *
   * @param users K
   */
  public static List<String> columnNames(int users) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < users; k++) {
      names.add("distance_m_" + k);
    }
    for (int k = 0; k < users; k++) {
      names.add(USER_X_PREFIX + k);
      names.add("user_y_m_" + k);
    }
    return names;
  }

  /** Prefix of the blocks.csv column holding user k's x position. */
  public static final String USER_X_PREFIX = "user_x_m_";

  /** The values of {@link #columnNames} now (path-loss link budget only). */
  public double[] columnValues() {
    int k = users();
    double[] out = new double[3 * k];
    for (int u = 0; u < k; u++) {
      UserLink l = link(u);
      out[u] = l.distanceM();
      out[k + 2 * u] = l.xM();
      out[k + 2 * u + 1] = l.yM();
    }
    return out;
  }

  /** Ground distances d_2D of every user now, m (path-loss link budget only). */
  public double[] distancesM() {
    double[] d = new double[users()];
    for (int k = 0; k < d.length; k++) {
      d[k] = link(k).distanceM();
    }
    return d;
  }
}
