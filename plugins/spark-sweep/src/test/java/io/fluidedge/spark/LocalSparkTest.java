package io.fluidedge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.scenario.ScenarioLoader;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class LocalSparkTest {

  @Test
  void map_loadsScenarioTextOnExecutors() {
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("smoke")
        .set("spark.ui.enabled", "false");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      List<Long> seeds = sc.parallelize(List.of(1L, 2L), 2)
          .map(s -> ScenarioLoader.load("name: t\nseed: " + s + "\n", "t.yaml", List.of()).seed())
          .collect();
      assertThat(seeds).containsExactly(1L, 2L);
    }
  }
}
