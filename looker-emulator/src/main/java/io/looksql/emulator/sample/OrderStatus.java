package io.looksql.emulator.sample;

import java.util.SplittableRandom;

/**
 * The status of an order and of its items, with how often it occurs and which of the shipped,
 * delivered and returned timestamps it implies.
 */
enum OrderStatus {
  PROCESSING("Processing", 20, false, false, false),
  SHIPPED("Shipped", 30, true, false, false),
  COMPLETE("Complete", 25, true, true, false),
  RETURNED("Returned", 10, true, true, true),
  CANCELLED("Cancelled", 15, false, false, false);

  final String label;
  /** Percentage of orders with this status. */
  final int weight;
  final boolean shipped;
  final boolean delivered;
  final boolean returned;

  OrderStatus(String label, int weight, boolean shipped, boolean delivered, boolean returned) {
    this.label = label;
    this.weight = weight;
    this.shipped = shipped;
    this.delivered = delivered;
    this.returned = returned;
  }

  /** Returns a status drawn according to the weights. */
  static OrderStatus random(SplittableRandom random) {
    int n = random.nextInt(100);
    for (OrderStatus s : values()) {
      n -= s.weight;
      if (n < 0) {
        return s;
      }
    }
    throw new AssertionError("weights must add up to 100");
  }
}
