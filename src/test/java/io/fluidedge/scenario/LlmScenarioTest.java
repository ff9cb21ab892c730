package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server.llm keys: defaults, round trip through the writer, and errors naming the key. */
class LlmScenarioTest {

  private static final String LLM = """
      server:
        discipline: llm
      traffic:
        features-per-token: 4096
      """;

  @Test
  void defaults_areLlama7bOnAnA100() {
    LlmServing llm = ScenarioLoader.defaults().server().llm();
    assertThat(llm.kvBytesPerToken()).isEqualTo(2.0 * 32 * 4096 * 2);
    assertThat(llm.kvCapacityTokens()).isEqualTo((long) Math.floor(58e9 / 524288.0));
    assertThat(llm.iterationTimeS(100, 10)).isEqualTo(0.007 + 7.2e-5 * 100 + 2.0e-4 * 10);
  }

  @Test
  void llmScenario_roundTripsThroughTheWriter() {
    Scenario s = ScenarioLoader.load(LLM + "  \n", "x.yaml",
        List.of("server.llm.max-batch=17", "server.llm.downlink-token-s=0.001"));
    assertThat(s.server().discipline()).isEqualTo(Server.Discipline.LLM);
    assertThat(s.server().llm().maxBatch()).isEqualTo(17);
    Scenario back = ScenarioLoader.load(ScenarioWriter.toYaml(s), "back.yaml", List.of());
    assertThat(back.server()).isEqualTo(s.server());
  }

  @Test
  void badLlmValue_namesItsKey() {
    assertThatThrownBy(() -> ScenarioLoader.load(LLM, "x.yaml",
        List.of("server.llm.max-batch=0")))
        .isInstanceOf(InputException.class).hasMessageContaining("server.llm.max-batch")
        .hasMessageContaining(">= 1");
    assertThatThrownBy(() -> ScenarioLoader.load(LLM, "x.yaml",
        List.of("server.llm.iteration-s=-1")))
        .isInstanceOf(InputException.class).hasMessageContaining("server.llm.iteration-s");
  }

  @Test
  void llmWithoutFeaturesPerToken_namesTrafficKey() {
    assertThatThrownBy(() -> ScenarioLoader.load("server: {discipline: llm}\n", "x.yaml",
        List.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("traffic.features-per-token");
  }

  @Test
  void cacheSmallerThanOneToken_namesTheMemoryKey() {
    assertThatThrownBy(() -> ScenarioLoader.load(LLM, "x.yaml",
        List.of("server.llm.kv-memory-bytes=1000")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("server.llm.kv-memory-bytes").hasMessageContaining("no token");
  }
}
