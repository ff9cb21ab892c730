package io.fluidedge.energy;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.scenario.OptimizerSettings.Solver;
import io.fluidedge.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compute-energy entity: the edge server's inference energy per completed request, from the
 * bits that request used, and the base station's combiner energy per coherence block, closed form
 * or the paper's Riemannian solver, whichever the scenario runs.
 *
 * <p>Inference of a request with b-bit features and t tokens on a model of S parameters:
 * N_c = (MACs per parameter)·S·t, N_s = S weights, A_s = layers·D·t activations, at b-bit
 * activations and b_w-bit weights ({@code weight-bits}, 0: the request's b). Combiners at
 * {@code combiner-bits}: {@link Multiplications#closedFormCombiners} per block with the fast
 * solver; {@link Multiplications#paperCombinersPerIteration} times the block's BCD iterations
 * with the paper solver.
 *
 * <p>summary.json section: {@code model} (the constants), {@code inference} (requests, total and
 * mean energy, its three terms, mean bits, energy per request by bit count), {@code combiners}
 * (solver, blocks, total and mean per block, and both solvers' costs for comparison),
 * {@code baselines} (zero forcing and WMMSE at this run's dimensions, per block) and
 * {@code power_w}. blocks.csv column: {@code energy_combiner_j}.
 */
final class ComputeEnergy implements EntityPlugin {

  private final EnergyModel model;
  private final Settings settings;
  private EntityContext context;
  private Scenario scenario;
  private double closedFormJ;
  private double paperPerIterationJ;
  private long requests;
  private double computeJ;
  private double weightsJ;
  private double activationsJ;
  private double bitsSum;
  private final Map<Integer, double[]> byBits = new TreeMap<>();
  private long blocks;
  private double combinerJ;

  /**
   * The plugin's settings beside the energy constants.
   *
   * @param weightBits       b_w (0: the request's bits)
   * @param layers           activations per token are layers·D
   * @param macsPerParameter MACs per parameter and token
   * @param combinerBits     word length of the combiner arithmetic
   * @param paperSteps       Riemannian steps per user and BCD iteration (the core's solver takes
   *                         at most 50; it does not report how many)
   * @param wmmseIterations  I for the WMMSE baseline
   */
  record Settings(int weightBits, double layers, double macsPerParameter, int combinerBits,
      double paperSteps, double wmmseIterations) {
  }

  ComputeEnergy(EnergyModel model, Settings settings) {
    this.model = model;
    this.settings = settings;
  }

  @Override
  public void start(EntityContext ctx) {
    context = ctx;
    scenario = ctx.scenario();
    int k = scenario.radio().users();
    int m = scenario.radio().bsAntennas();
    int n = scenario.radio().userAntennas();
    closedFormJ = model.baselineJ(Multiplications.closedFormCombiners(k, m, n),
        settings.combinerBits());
    paperPerIterationJ = model.baselineJ(
        Multiplications.paperCombinersPerIteration(k, m, n, settings.paperSteps()),
        settings.combinerBits());
  }

  /** The combiner energy of a block with this many BCD iterations under the scenario's solver. */
  private double combinerJ(int iterations) {
    return scenario.optimizer().solver() == Solver.PAPER
        ? iterations * paperPerIterationJ : closedFormJ;
  }

  @Override
  public void block(BlockRecord block) {
    blocks++;
    combinerJ += combinerJ(block.iterations());
  }

  @Override
  public List<String> blockColumns() {
    return List.of("energy_combiner_j");
  }

  @Override
  public double[] blockValues(BlockRecord block) {
    return new double[] {combinerJ(block.iterations())};
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    double s = scenario.model().parameters();
    double macs = settings.macsPerParameter() * s * r.tokens();
    double activations = settings.layers() * r.features() * r.tokens();
    int weightBits = settings.weightBits() > 0 ? settings.weightBits() : r.bits();
    EnergyModel.Inference e = model.inference(macs, s, activations, r.bits(), weightBits);
    requests++;
    computeJ += e.computeJ();
    weightsJ += e.weightsJ();
    activationsJ += e.activationsJ();
    bitsSum += r.bits();
    double[] at = byBits.computeIfAbsent(r.bits(), b -> new double[2]);
    at[0]++;
    at[1] += e.totalJ();
  }

  @Override
  public Map<String, Object> summary() {
    double inferenceJ = computeJ + weightsJ + activationsJ;
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("alpha_pj", model.alphaPj());
    constants.put("beta", model.beta());
    constants.put("local_access_pj", model.localAccessPj());
    constants.put("main_access_pj", model.mainAccessPj());
    constants.put("processing_elements", model.processingElements());
    constants.put("weight_bits", settings.weightBits());
    constants.put("layers", settings.layers());
    constants.put("macs_per_parameter", settings.macsPerParameter());
    constants.put("combiner_bits", settings.combinerBits());
    out.put("model", constants);

    Map<String, Object> inference = new LinkedHashMap<>();
    inference.put("requests", requests);
    inference.put("total_j", inferenceJ);
    inference.put("mean_j", requests > 0 ? inferenceJ / requests : Double.NaN);
    inference.put("compute_j", computeJ);
    inference.put("weights_j", weightsJ);
    inference.put("activations_j", activationsJ);
    inference.put("mean_bits", requests > 0 ? bitsSum / requests : Double.NaN);
    Map<String, Object> perBits = new LinkedHashMap<>();
    for (Map.Entry<Integer, double[]> e : byBits.entrySet()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("requests", (long) e.getValue()[0]);
      row.put("mean_j", e.getValue()[1] / e.getValue()[0]);
      perBits.put(String.valueOf(e.getKey()), row);
    }
    inference.put("by_bits", perBits);
    out.put("inference", inference);

    Map<String, Object> combiners = new LinkedHashMap<>();
    combiners.put("solver", scenario.optimizer().solver() == Solver.PAPER ? "paper" : "fast");
    combiners.put("blocks", blocks);
    combiners.put("total_j", combinerJ);
    combiners.put("mean_j_per_block", blocks > 0 ? combinerJ / blocks : Double.NaN);
    combiners.put("closed_form_j_per_block", closedFormJ);
    combiners.put("paper_j_per_iteration", paperPerIterationJ);
    combiners.put("paper_steps", settings.paperSteps());
    out.put("combiners", combiners);

    int k = scenario.radio().users();
    int streams = k * scenario.radio().userAntennas();
    int antennas = scenario.radio().bsAntennas();
    Map<String, Object> baselines = new LinkedHashMap<>();
    baselines.put("antennas", antennas);
    baselines.put("streams", streams);
    baselines.put("zero_forcing_j_per_block", model.baselineJ(
        Multiplications.zeroForcing(antennas, streams), settings.combinerBits()));
    baselines.put("wmmse_iterations", settings.wmmseIterations());
    baselines.put("wmmse_j_per_block", model.baselineJ(
        Multiplications.wmmse(antennas, streams, settings.wmmseIterations()),
        settings.combinerBits()));
    out.put("baselines", baselines);

    double t = context.now();
    out.put("power_w", t > 0 ? (inferenceJ + combinerJ) / t : Double.NaN);
    return out;
  }
}
