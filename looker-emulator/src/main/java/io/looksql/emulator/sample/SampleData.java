package io.looksql.emulator.sample;

import io.looksql.emulator.sql.Dialect;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Creates the sample tables and fills them with deterministic rows. */
public final class SampleData {
  private SampleData() {
  }

  /**
   * Creates the sample tables (dropping old ones) and loads rows; the same scale always gives the
   * same rows. Scale 1 is about 100,000 order items, scale 10 about 1,000,000.
   */
  public static void load(DataSource dataSource, Dialect dialect, double scale) throws SQLException {
    throw new UnsupportedOperationException("sample data: being written");
  }
}
