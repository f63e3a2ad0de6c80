package io.looksql.emulator.lookml;

/**
 * Parameters of a join kept as written that change how it is shown or are accepted without an
 * effect on the emulator's queries ({@link JoinClauses} holds the SQL it adds).
 *
 * @param viewLabel {@code view_label}, or null
 * @param outerOnly {@code outer_only}
 */
public record JoinOptions(String viewLabel, boolean outerOnly) {

  /** What a join has when none of these parameters is written. */
  public static final JoinOptions NONE = new JoinOptions(null, false);

  /** Returns the options of a join's parameters. */
  static JoinOptions of(Params params) {
    return new JoinOptions(params.string("view_label"), params.bool("outer_only", false));
  }
}
