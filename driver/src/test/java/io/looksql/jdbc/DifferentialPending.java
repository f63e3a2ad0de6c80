package io.looksql.jdbc;

import java.util.Map;

/**
 * The cases of {@link DifferentialCases} that fail on main today because a feature is missing or
 * a bug is open, with the reason. They stay in the table and out of the run of
 * {@link DifferentialTest}.
 *
 * <p>This list only shrinks: names are removed as the fixes land, and a removed case must then
 * pass. None of the cases left gives a wrong answer: each fails with an error at prepare time.
 * Never add a case here to make a wrong answer go away without saying so.
 */
final class DifferentialPending {
  /** Name of a pending case → why it fails on main: none today. */
  static final Map<String, String> CASES = Map.of();

  private DifferentialPending() {
  }
}
