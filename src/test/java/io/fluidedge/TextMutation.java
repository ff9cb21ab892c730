package io.fluidedge;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One random edit of a text, for property tests of the parsers: delete, duplicate, insert or
 * replace a character, or delete, duplicate or swap lines.
 *
 * @param kind  0 delete, 1 duplicate, 2 insert, 3 replace a character; 4 delete, 5 duplicate,
 *              6 swap lines
 * @param where the position, as a fraction of the text's length (or of its line count)
 * @param c     the character inserted or written over
 */
public record TextMutation(int kind, double where, char c) {

  /** One to {@code max} mutations with characters drawn from {@code alphabet}. */
  public static Arbitrary<List<TextMutation>> lists(String alphabet, int max) {
    return Combinators.combine(Arbitraries.integers().between(0, 6),
        Arbitraries.doubles().between(0, 1), Arbitraries.of(alphabet.toCharArray()))
        .as(TextMutation::new).list().ofMinSize(1).ofMaxSize(max);
  }

  /** Applies the mutations in order. */
  public static String apply(String text, List<TextMutation> mutations) {
    String s = text;
    for (TextMutation m : mutations) {
      s = m.applyTo(s);
    }
    return s;
  }

  /** The text with this edit. */
  public String applyTo(String s) {
    int i = (int) (where * s.length());
    int at = Math.min(i, Math.max(0, s.length() - 1));
    String[] lines = s.split("\n", -1);
    int line = Math.min((int) (where * lines.length), lines.length - 1);
    int other = (line * 7 + 3) % lines.length;
    List<String> l = new ArrayList<>(List.of(lines));
    switch (kind) {
      case 0:
        return s.isEmpty() ? s : s.substring(0, at) + s.substring(at + 1);
      case 1:
        return s.isEmpty() ? s : s.substring(0, at + 1) + s.charAt(at) + s.substring(at + 1);
      case 2:
        return s.substring(0, i) + c + s.substring(i);
      case 3:
        return s.isEmpty() ? s : s.substring(0, at) + c + s.substring(at + 1);
      case 4:
        l.remove(line);
        return String.join("\n", l);
      case 5:
        l.add(line, lines[line]);
        return String.join("\n", l);
      default:
        l.set(line, lines[other]);
        l.set(other, lines[line]);
        return String.join("\n", l);
    }
  }
}
