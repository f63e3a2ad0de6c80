package io.looksql.emulator.server;

import io.looksql.emulator.lookml.Timeframe;

/** Looker's default labels, derived from LookML names. */
final class Labels {
  private Labels() {
  }

  /**
   * Returns a name title-cased with underscores as spaces: {@code order_items} is "Order Items";
   * the word {@code id} becomes "ID", as in Looker.
   */
  static String title(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("_")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      if (word.equalsIgnoreCase("id")) {
        out.append("ID");
      } else {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
    return out.toString();
  }

  /** Returns how Looker names a timeframe inside its group, e.g. "Day of Week". */
  static String timeframe(Timeframe timeframe) {
    switch (timeframe) {
    case DAY_OF_WEEK:
      return "Day of Week";
    case DAY_OF_WEEK_INDEX:
      return "Day of Week Index";
    case DAY_OF_MONTH:
      return "Day of Month";
    case HOUR_OF_DAY:
      return "Hour of Day";
    default:
      // Looker writes "Day of Year", "Fiscal Quarter of Year".
      return title(timeframe.lookml()).replace(" Of ", " of ");
    }
  }
}
