package io.fluidedge.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The built-in traffic sources against the traffic-source contract. */
class BuiltinTrafficSourcesTest {

  @TempDir
  static Path dir;
  static Path trace;

  @BeforeAll
  static void writeTrace() throws IOException {
    trace = dir.resolve("contract-trace.csv");
    StringBuilder sb = new StringBuilder("time_s,user,features,tokens\n");
    for (int i = 0; i < 50; i++) {
      sb.append(0.004 * i).append(',').append(i % 2).append(",1000,").append(1 + i % 2)
          .append('\n');
    }
    Files.writeString(trace, sb.toString());
  }

  @Nested
  class Poisson extends TrafficSourceContract {
    @Override
    protected TrafficSourceProvider provider() {
      return new BuiltinProviders.Poisson();
    }
  }

  @Nested
  class Trace extends TrafficSourceContract {
    @Override
    protected TrafficSourceProvider provider() {
      return new BuiltinProviders.Trace();
    }

    @Override
    protected String scenarioYaml() {
      return SMALL_SCENARIO + "traffic: {source: trace, trace: '" + trace + "'}\n";
    }
  }
}
