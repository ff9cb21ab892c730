package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.SourceMap.Origin;
import io.fluidedge.scenario.YamlNode.MapNode;
import io.fluidedge.scenario.YamlNode.ScalarNode;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  @Test
  void parse_keepsKeyAndValueLocations() {
    MapNode root = (MapNode) YamlReader.parse("a:\n  bb: 20e6\n  c: [1, x]\n", "f.yaml",
        Origin.FILE);
    MapNode a = (MapNode) root.entries().get("a").value();
    YamlNode.Entry bb = a.entries().get("bb");
    assertThat(bb.keyLocation()).isEqualTo(SourceMap.Location.inFile("f.yaml", 2, 3));
    assertThat(bb.value().location()).isEqualTo(SourceMap.Location.inFile("f.yaml", 2, 7));
    assertThat(((ScalarNode) bb.value()).kind()).isEqualTo(ScalarNode.Kind.FLOAT);
  }

  @Test
  void parse_optionValuesHaveOptionLocations() {
    YamlNode node = YamlReader.parse("16", null, Origin.OPTION);
    assertThat(node.location()).isEqualTo(SourceMap.Location.option());
    assertThat(((ScalarNode) node).value()).isEqualTo(16L);
    assertThat(((ScalarNode) YamlReader.parse("", null, Origin.OPTION)).isNull()).isTrue();
  }

  @Test
  void parse_refusesASecondDocument() {
    assertThatThrownBy(() -> YamlReader.parse("a: 1\n---\nb: 2\n", "f.yaml", Origin.FILE))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("f.yaml:3:1: only one YAML document");
  }

  @Test
  void parseFloat_acceptsYamlForms() {
    assertThat(YamlReader.parseFloat("20e6")).isEqualTo(2e7);
    assertThat(YamlReader.parseFloat("1_000.5")).isEqualTo(1000.5);
    assertThat(YamlReader.parseFloat(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(YamlReader.parseFloat("-.Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(YamlReader.parseFloat("+.INF")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(YamlReader.parseFloat(".nan")).isNaN();
    assertThat(YamlReader.parseFloat("4.9E-324")).isEqualTo(Double.MIN_VALUE);
    assertThatThrownBy(() -> YamlReader.parseFloat("Infinity"))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> YamlReader.parseFloat("0x1p3"))
        .isInstanceOf(NumberFormatException.class);
  }
}
