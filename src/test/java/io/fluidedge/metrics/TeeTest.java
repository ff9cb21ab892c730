package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RunListener#tee}: who is told what. */
class TeeTest {

  /** Writes down every call; keeps requests or not, keeps nothing as records. */
  private static final class Calls implements RunListener {
    final List<String> seen = new ArrayList<>();
    private final boolean requests;

    Calls(boolean requests) {
      this.requests = requests;
    }

    @Override
    public boolean keepsRequests() {
      return requests;
    }

    @Override
    public boolean keepsStageRecords() {
      return false;
    }

    @Override
    public boolean keepsCompletionRecords() {
      return false;
    }

    @Override
    public void arrival(int user, double arrivalS) {
      seen.add("arrival");
    }

    @Override
    public void uplinkDone(int user, double uplinkDoneS) {
      seen.add("uplinkDone");
    }

    @Override
    public void serverLoad(double timeS, double utilisation) {
      seen.add("serverLoad");
    }

    @Override
    public void inferenceDone(long id, int user, double arrivalS, double uplinkStartS,
        double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb) {
      seen.add("inferenceDone");
    }

    @Override
    public void dropped(RequestRecord r) {
      seen.add("dropped");
    }

    @Override
    public void inFlightAtEnd(RequestRecord r, double endS) {
      seen.add("inFlightAtEnd");
    }

    @Override
    public void block(BlockRecord b) {
      seen.add("block");
    }

    @Override
    public void blockColumns(List<String> names) {
      seen.add("blockColumns");
    }
  }

  private static void play(RunListener l) {
    l.blockColumns(List.of());
    l.block(BlockRecord.of(0, 0, 1, 1, true, 0, new double[] {1}, new int[] {8},
        new double[] {1}, new double[][] {{0, 0}}));
    l.arrival(0, 0.1);
    l.uplinkDone(0, 0.2);
    l.serverLoad(0.2, 1);
    l.inferenceDone(0, 0, 0.1, 0.1, 0.2, 0.2, 0.3, 8, 40);
    RequestRecord r = new RequestRecord(1, 0, 0.4, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, 0, Double.NaN, 10, 1, 0);
    l.dropped(r);
    l.expired(r);
    l.inFlightAtEnd(r, 1);
  }

  private static final List<String> ALL = List.of("blockColumns", "block", "arrival",
      "uplinkDone", "serverLoad", "inferenceDone", "dropped", "dropped", "inFlightAtEnd");

  @Test
  void tee_aListenerOfBlocksAloneIsToldBlocksOnly_theOtherEverything() {
    Calls keeper = new Calls(true);
    Calls blocks = new Calls(false);
    RunListener tee = RunListener.tee(keeper, blocks);
    assertThat(tee.keepsRequests()).isTrue();
    play(tee);
    assertThat(keeper.seen).isEqualTo(ALL);
    assertThat(blocks.seen).containsExactly("blockColumns", "block");
  }

  @Test
  void tee_aListenerOfBlocksAloneFirst_isToldBlocksOnly() {
    Calls blocks = new Calls(false);
    Calls keeper = new Calls(true);
    play(RunListener.tee(blocks, keeper));
    assertThat(blocks.seen).containsExactly("blockColumns", "block");
    assertThat(keeper.seen).isEqualTo(ALL);
  }

  @Test
  void tee_bothKeepingRequests_bothAreToldEverything() {
    Calls first = new Calls(true);
    Calls second = new Calls(true);
    play(RunListener.tee(first, second));
    assertThat(first.seen).isEqualTo(ALL);
    assertThat(second.seen).isEqualTo(ALL);
  }

  @Test
  void tee_ofListenersOfBlocksAlone_keepsNoRequests() {
    assertThat(RunListener.tee(new Calls(false), new Calls(false)).keepsRequests()).isFalse();
  }
}
