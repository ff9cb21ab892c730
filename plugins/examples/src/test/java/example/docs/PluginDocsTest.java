package example.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/plugins.md are this project's sources: every code block marked
 * {@code <!-- example: PATH -->} equals the file at PATH (relative to this project) line for
 * line, so the page shows code that compiles and passes its contract test here.
 */
class PluginDocsTest {

  private static final Path DOC = Path.of("../../docs/plugins.md");
  private static final Pattern MARKED = Pattern.compile(
      "<!-- example: (\\S+) -->\\s*\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyMarkedBlock_equalsItsSourceFile() throws IOException {
    String doc = Files.readString(DOC);
    Matcher m = MARKED.matcher(doc);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      Path file = Path.of(m.group(1));
      assertThat(file).as("file named in docs/plugins.md").isRegularFile();
      assertThat(m.group(2) + "\n").as(file.toString()).isEqualTo(Files.readString(file));
      checked.add(m.group(1));
    }
    assertThat(checked).as("examples marked in docs/plugins.md").contains(
        "src/main/java/example/slow/SlowRequests.java",
        "src/main/java/example/traffic/SharedPoisson.java",
        "src/main/java/example/accuracy/Logistic.java",
        "src/main/java/example/policy/BestBits.java",
        "src/main/java/example/channel/NearField.java");
  }
}
