package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TrafficSourceProvider}: requests come in non-decreasing time order
 * with valid fields; an exhausted source keeps returning null; close is idempotent; two sources
 * of one scenario (one seed) give the same requests. At most {@link #LIMIT} requests are read.
 */
public abstract class TrafficSourceContract extends ProviderContract<TrafficSourceProvider> {

  /** Requests read per check. */
  public static final int LIMIT = 10_000;

  @Override
  protected final Class<TrafficSourceProvider> kind() {
    return TrafficSourceProvider.class;
  }

  /** The first requests (up to {@link #LIMIT}) of a fresh source; null marks exhaustion. */
  private List<Request> read() {
    List<Request> out = new ArrayList<>();
    try (TrafficSource source = provider().create(context())) {
      for (int i = 0; i < LIMIT; i++) {
        Request r = source.next();
        out.add(r);
        if (r == null) {
          assertThat(source.next()).as("next() after exhaustion").isNull();
          break;
        }
      }
    }
    return out;
  }

  @Test
  public void next_givesRequestsInNonDecreasingTimeOrder() {
    List<Request> requests = read();
    double last = 0;
    for (Request r : requests) {
      if (r == null) {
        break;
      }
      assertThat(r.timeS()).isGreaterThanOrEqualTo(last);
      assertThat(r.user()).isGreaterThanOrEqualTo(0);
      last = r.timeS();
    }
    assertThat(requests).as("at least one request in the contract scenario").isNotEmpty()
        .first().isNotNull();
  }

  @Test
  public void next_isTheSameForTwoSourcesOfOneScenario() {
    assertThat(read()).isEqualTo(read());
  }

  @Test
  public void close_isIdempotent() {
    TrafficSource source = provider().create(context());
    source.next();
    source.close();
    source.close();
  }
}
