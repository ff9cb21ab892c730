package io.fluidedge.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The users of a scenario grouped in classes, and the map from a user index to its class.
 * Users are numbered class by class in declaration order: the first class's {@code count} users
 * are 0.., the next class's follow. A scenario without {@code users.classes} has one class,
 * {@value UserClass#DEFAULT_NAME}, built from the flat keys.
 *
 * @param classes  the classes in declaration order (copied)
 * @param declared whether the scenario declared {@code users.classes} (outputs then carry the
 *                 class; one-class scenarios keep their old outputs)
 */
public record UserClasses(List<UserClass> classes, boolean declared) {

  /** Copies the list; it needs at least one class. */
  public UserClasses {
    classes = List.copyOf(classes);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("need at least one user class");
    }
  }

  /** Total users K = Σ counts. */
  public int users() {
    return classes.stream().mapToInt(UserClass::count).sum();
  }

  /** The class of user {@code user} (0-based). */
  public UserClass classOf(int user) {
    int first = 0;
    for (UserClass c : classes) {
      if (user < first + c.count()) {
        if (user < 0) {
          break;
        }
        return c;
      }
      first += c.count();
    }
    throw new IndexOutOfBoundsException("user " + user + " not in [0, " + users() + ")");
  }

  /** The class name of user {@code user}: the one accessor outputs group users by. */
  public String className(int user) {
    return classOf(user).name();
  }

  /** Class index (declaration order) of every user, length K. */
  public int[] classIndexOfUsers() {
    int[] out = new int[users()];
    int u = 0;
    for (int c = 0; c < classes.size(); c++) {
      for (int i = 0; i < classes.get(c).count(); i++) {
        out[u++] = c;
      }
    }
    return out;
  }

  /** Class names in declaration order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    classes.forEach(c -> out.add(c.name()));
    return out;
  }
}
