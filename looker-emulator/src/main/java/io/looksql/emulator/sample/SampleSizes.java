package io.looksql.emulator.sample;

/**
 * How many rows a scale factor asks for. Orders and items are not fixed here: each user gets a
 * random number of orders (4 on average) with 1 to 4 items each, so scale 1 gives about
 * 10,000 users, 40,000 orders and 100,000 order items.
 *
 * @param users number of users
 * @param products number of products
 */
record SampleSizes(int users, int products) {
  /** Users at scale 1. */
  static final int USERS_AT_SCALE_1 = 10_000;
  /** Products at scale 1; the catalogue does not grow beyond it, as a shop's range doesn't. */
  static final int MAX_PRODUCTS = 1_500;
  /** Enough products for every tricky value plus ordinary ones, even at tiny scales. */
  static final int MIN_PRODUCTS = 40;
  /** Enough users for every order status and most locations at tiny scales. */
  static final int MIN_USERS = 10;

  /** Returns the sizes for a scale factor (positive and finite). */
  static SampleSizes of(double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("Scale must be a positive number, not " + scale);
    }
    long users = Math.max(MIN_USERS, Math.round(USERS_AT_SCALE_1 * scale));
    if (users > Integer.MAX_VALUE / 100) {
      // Order item ids are INTEGER; about 10 items per user must still fit.
      throw new IllegalArgumentException("Scale too large: " + scale);
    }
    long products = Math.min(MAX_PRODUCTS, Math.max(MIN_PRODUCTS, Math.round(MAX_PRODUCTS * scale)));
    return new SampleSizes((int) users, (int) products);
  }
}
