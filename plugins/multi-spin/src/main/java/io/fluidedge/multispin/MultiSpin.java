package io.fluidedge.multispin;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * The Multi-SPIN entity: every user generates answers of {@code tokens-per-request} tokens back
 * to back by speculative rounds ({@link SpinModel}); the draft lengths are re-chosen at every
 * coherence block from the block's uplink rates B·R_k by the configured {@link DraftControl}.
 *
 * <p>Rounds run back to back from the first block on. A round is timed at its start, with the
 * rates and draft lengths then in force (a block boundary inside a round takes effect at the next
 * round); a round whose drafting user has rate 0 waits for the next block. A round's tokens are
 * cut at the end of the user's current answer, and the next round starts the next answer.
 * Acceptances come from one stream per user ({@code multi-spin-<k>}, from the scenario seed), so
 * controls compared on one seed see the same acceptance draws per examined token.
 *
 * <p>summary.json section: {@code control, rounds, round_s_mean, tokens, goodput_tokens_per_s,
 * model_goodput_tokens_per_s_mean} (the model's expected goodput per round, averaged over
 * rounds), then {@code users[]{user, alpha, draft_token_s, gamma_mean, tokens, answers,
 * tokens_per_round, goodput_tokens_per_s}}. blocks.csv columns: {@code spin_gamma_<k>}.
 */
final class MultiSpin implements EntityPlugin {

  private final SpinModel model;
  private final DraftControl control;
  private final int maxGamma;
  private final int fixedGamma;
  private final int tokensPerRequest;
  private EntityContext context;
  private RandomStream[] streams;
  private double bandwidthHz;
  private double[] rateBitS;
  private int[] gamma;
  private int[] roundGamma;
  private int[] remaining;
  private long[] tokens;
  private long[] answers;
  private double[] gammaSum;
  private boolean running;
  private boolean waiting;
  private long rounds;
  private double roundSumS;
  private double modelGoodputSum;

  MultiSpin(SpinModel model, DraftControl control, int maxGamma, int fixedGamma,
      int tokensPerRequest) {
    this.model = model;
    this.control = control;
    this.maxGamma = maxGamma;
    this.fixedGamma = fixedGamma;
    this.tokensPerRequest = tokensPerRequest;
  }

  @Override
  public void start(EntityContext ctx) {
    context = ctx;
    int users = model.users();
    bandwidthHz = ctx.scenario().radio().bandwidthHz();
    streams = new RandomStream[users];
    for (int k = 0; k < users; k++) {
      streams[k] = Streams.of(ctx.scenario().seed(), "multi-spin-" + k);
    }
    rateBitS = new double[users];
    gamma = new int[users];
    remaining = new int[users];
    java.util.Arrays.fill(remaining, tokensPerRequest);
    tokens = new long[users];
    answers = new long[users];
    gammaSum = new double[users];
  }

  @Override
  public void block(BlockRecord block) {
    double[] rates = block.ratesBpsHz();
    for (int k = 0; k < rates.length; k++) {
      rateBitS[k] = bandwidthHz * rates[k];
    }
    gamma = control.choose(model, rateBitS, maxGamma, fixedGamma);
    if (!running || waiting) {
      running = true;
      startRound();
    }
  }

  @Override
  public List<String> blockColumns() {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < model.users(); k++) {
      names.add("spin_gamma_" + k);
    }
    return names;
  }

  @Override
  public double[] blockValues(BlockRecord block) {
    double[] v = new double[gamma.length];
    for (int k = 0; k < v.length; k++) {
      v[k] = gamma[k];
    }
    return v;
  }

  private void startRound() {
    double t = model.roundS(gamma, rateBitS);
    if (!(t < Double.POSITIVE_INFINITY)) {
      waiting = true;
      return;
    }
    waiting = false;
    roundGamma = gamma.clone();
    modelGoodputSum += model.goodput(roundGamma, rateBitS);
    roundSumS += t;
    context.schedule(t, this::roundDone);
  }

  private void roundDone() {
    rounds++;
    for (int k = 0; k < roundGamma.length; k++) {
      int n = Math.min(SpinModel.drawTokens(streams[k], model.alpha()[k], roundGamma[k]),
          remaining[k]);
      tokens[k] += n;
      gammaSum[k] += roundGamma[k];
      remaining[k] -= n;
      if (remaining[k] == 0) {
        answers[k]++;
        remaining[k] = tokensPerRequest;
      }
    }
    startRound();
  }

  @Override
  public Map<String, Object> summary() {
    double elapsedS = context.now();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("control", control.label());
    m.put("rounds", rounds);
    m.put("round_s_mean", rounds == 0 ? Double.NaN : roundSumS / rounds);
    long total = 0;
    for (long t : tokens) {
      total += t;
    }
    m.put("tokens", total);
    m.put("goodput_tokens_per_s", total / elapsedS);
    m.put("model_goodput_tokens_per_s_mean", rounds == 0 ? Double.NaN : modelGoodputSum / rounds);
    List<Object> users = new ArrayList<>();
    for (int k = 0; k < model.users(); k++) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("user", k);
      u.put("alpha", model.alpha()[k]);
      u.put("draft_token_s", model.draftTokenS()[k]);
      u.put("gamma_mean", rounds == 0 ? Double.NaN : gammaSum[k] / rounds);
      u.put("tokens", tokens[k]);
      u.put("answers", answers[k]);
      u.put("tokens_per_round", rounds == 0 ? Double.NaN : (double) tokens[k] / rounds);
      u.put("goodput_tokens_per_s", tokens[k] / elapsedS);
      users.add(u);
    }
    m.put("users", users);
    return m;
  }
}
