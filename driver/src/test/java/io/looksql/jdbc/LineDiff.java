package io.looksql.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for test failures: the lines only in the expected text ({@code -}) and only in the
 * actual text ({@code +}), each hunk with two lines of context and the expected text's line
 * number. A longest-common-subsequence table is enough for scripts of a few thousand lines.
 */
final class LineDiff {
  private static final int CONTEXT = 2;

  private LineDiff() {
  }

  /** Returns the diff of two texts, or an empty string when their lines are equal. */
  static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    // Each line of the edit script: ' ', '-' or '+', then the line; and its expected line number.
    List<String> script = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        script.add("  " + a[i]);
        lineNumbers.add(++i);
        j++;
      } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
        script.add("+ " + b[j++]);
        lineNumbers.add(i + 1);
      } else {
        script.add("- " + a[i]);
        lineNumbers.add(++i);
      }
    }
    return hunks(script, lineNumbers);
  }

  private static String hunks(List<String> script, List<Integer> lineNumbers) {
    StringBuilder out = new StringBuilder();
    int printedTo = -1;
    for (int k = 0; k < script.size(); k++) {
      if (script.get(k).startsWith(" ")) {
        continue;
      }
      int from = Math.max(k - CONTEXT, printedTo + 1);
      out.append("@@ line ").append(lineNumbers.get(from)).append('\n');
      int to = k;
      // Extend the hunk while the next change is within the context.
      for (int m = k + 1; m < script.size() && m <= to + 2 * CONTEXT + 1; m++) {
        if (!script.get(m).startsWith(" ")) {
          to = m;
        }
      }
      to = Math.min(script.size() - 1, to + CONTEXT);
      for (int m = from; m <= to; m++) {
        out.append(script.get(m)).append('\n');
      }
      printedTo = to;
      k = to;
    }
    return out.toString();
  }
}
