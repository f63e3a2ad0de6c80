package io.looksql.emulator.sample;

import java.math.BigDecimal;

/**
 * What order generation needs to know about a generated product.
 *
 * @param id product id
 * @param retailCents retail price in cents
 * @param costCents cost in cents
 */
record Product(int id, long retailCents, long costCents) {
  /** Returns cents as a two-decimal amount, the type of the money columns. */
  static BigDecimal money(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
