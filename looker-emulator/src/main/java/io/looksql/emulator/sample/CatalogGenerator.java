package io.looksql.emulator.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Generates and inserts the distribution centers and the product catalogue. */
final class CatalogGenerator {
  /** Share of ordinary products without a brand, on top of the tricky ones. */
  private static final double NULL_BRAND_RATE = 0.01;

  private final SplittableRandom random;

  CatalogGenerator(SplittableRandom random) {
    this.random = random;
  }

  /** Inserts the distribution centers (ids 1 to 10). */
  void insertDistributionCenters(Connection connection) throws SQLException {
    try (BatchInserter dcs = new BatchInserter(connection, SampleTable.DISTRIBUTION_CENTERS)) {
      int id = 1;
      for (Object[] dc : CatalogValues.DISTRIBUTION_CENTERS) {
        dcs.add(id++, dc[0], dc[1], dc[2]);
      }
    }
  }

  /** Inserts {@code count} products (ids from 1) and returns them in id order. */
  List<Product> insertProducts(Connection connection, int count) throws SQLException {
    List<Product> products = new ArrayList<>(count);
    try (BatchInserter rows = new BatchInserter(connection, SampleTable.PRODUCTS)) {
      for (int id = 1; id <= count; id++) {
        int department = random.nextInt(CatalogValues.DEPARTMENTS.size());
        List<String> categories = CatalogValues.CATEGORIES.get(department);
        String category = categories.get(random.nextInt(categories.size()));
        String brand = pick(CatalogValues.BRANDS);
        String name = brand + " " + pick(CatalogValues.STYLES) + " " + pick(CatalogValues.MATERIALS)
            + " " + category;
        if (id <= CatalogValues.TRICKY_PRODUCTS.size()) {
          String[] tricky = CatalogValues.TRICKY_PRODUCTS.get(id - 1);
          brand = tricky[0];
          name = tricky[1];
        } else if (random.nextDouble() < NULL_BRAND_RATE) {
          brand = null;
        }
        // Log-uniform prices from $5 to $300: many cheap items, a long tail of dear ones.
        long retailCents = Math.round(500 * Math.exp(random.nextDouble() * Math.log(60)));
        long costCents = Math.round(retailCents * (0.35 + 0.3 * random.nextDouble()));
        String sku = String.format(Locale.ROOT, "%016X", random.nextLong());
        int dcId = 1 + random.nextInt(CatalogValues.DISTRIBUTION_CENTERS.size());
        rows.add(id, name, brand, category, CatalogValues.DEPARTMENTS.get(department),
            Product.money(retailCents), Product.money(costCents), sku, dcId);
        products.add(new Product(id, retailCents, costCents));
      }
    }
    return products;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
