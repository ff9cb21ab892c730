package io.fluidedge.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this build of FluidEdge is: the project version and the git commit it was built from,
 * read from two resources the Maven build writes into the jar ({@code build.properties}, filtered
 * with the project version, and {@code git.properties} from the git-commit-id plugin). A build
 * without git (a source archive without {@code .git}) has no commit: {@link #commit()} is
 * {@value #UNKNOWN}.
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the full commit id, with {@code -dirty} when the working tree had changes, or
 *                {@value #UNKNOWN}
 */
public record BuildInfo(String version, String commit) {

  /** The value of a field the build could not tell. */
  public static final String UNKNOWN = "unknown";

  private static final BuildInfo CURRENT = read();

  /** The build this code belongs to. */
  public static BuildInfo current() {
    return CURRENT;
  }

  /** The text of {@code --version}, e.g. {@code fluidedge 0.1.0-SNAPSHOT (commit 7767798...)}. */
  public String describe() {
    return "fluidedge " + version + " (commit " + commit + ")";
  }

  private static BuildInfo read() {
    Properties build = load("/io/fluidedge/build/build.properties");
    Properties git = load("/io/fluidedge/build/git.properties");
    String version = build.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("${")) {
      version = UNKNOWN;
    }
    String commit = git.getProperty("git.commit.id.full", "");
    if (commit.isEmpty()) {
      commit = UNKNOWN;
    } else if ("true".equals(git.getProperty("git.dirty"))) {
      commit += "-dirty";
    }
    return new BuildInfo(version, commit);
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // A resource that cannot be read tells nothing: the fields stay unknown.
    }
    return p;
  }
}
