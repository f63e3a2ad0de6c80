package io.looksql.emulator.sample;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a user's orders, their items and the inventory items they were sold from, plus
 * unsold inventory. Ids are handed out in generation order, starting at 1.
 */
final class OrderGenerator {
  /** Orders per user are uniform in [0, 8], 4 on average. */
  private static final int MAX_ORDERS_PER_USER = 8;
  /** Items per order are uniform in [1, 4], 2.5 on average. */
  private static final int MAX_ITEMS_PER_ORDER = 4;
  /** Unsold inventory items per sold one. */
  private static final double UNSOLD_RATE = 0.2;
  /** Share of items sold at a discount of 10% to 40%. */
  private static final double DISCOUNT_RATE = 0.15;
  /** Stock arrives at most this long before it sells. */
  private static final long MAX_SHELF_SECONDS = 120 * SampleTime.DAY;

  private final SplittableRandom random;
  private final List<Product> products;
  private final BatchInserter orders;
  private final BatchInserter orderItems;
  private final BatchInserter inventoryItems;
  private int nextOrderId = 1;
  private int nextOrderItemId = 1;
  private int nextInventoryItemId = 1;

  OrderGenerator(SplittableRandom random, List<Product> products, BatchInserter orders,
      BatchInserter orderItems, BatchInserter inventoryItems) {
    this.random = random;
    this.products = products;
    this.orders = orders;
    this.orderItems = orderItems;
    this.inventoryItems = inventoryItems;
  }

  /** Adds the orders of a user who signed up at {@code signup}, oldest first. */
  void addOrdersOf(int userId, LocalDateTime signup) throws SQLException {
    LocalDateTime[] times = new LocalDateTime[random.nextInt(MAX_ORDERS_PER_USER + 1)];
    for (int i = 0; i < times.length; i++) {
      times[i] = SampleTime.between(random, signup, SampleTime.LAST_ORDER);
    }
    // A user's order ids then increase with time, as a real shop's would.
    Arrays.sort(times);
    for (LocalDateTime createdAt : times) {
      addOrder(userId, createdAt);
    }
  }

  private void addOrder(int userId, LocalDateTime createdAt) throws SQLException {
    int orderId = nextOrderId++;
    OrderStatus status = OrderStatus.random(random);
    LocalDateTime shippedAt = status.shipped
        ? SampleTime.after(random, createdAt, SampleTime.HOUR, 3 * SampleTime.DAY) : null;
    LocalDateTime deliveredAt = status.delivered
        ? SampleTime.after(random, shippedAt, 12 * SampleTime.HOUR, 5 * SampleTime.DAY) : null;
    LocalDateTime returnedAt = status.returned
        ? SampleTime.after(random, deliveredAt, SampleTime.DAY, 14 * SampleTime.DAY) : null;
    int itemCount = 1 + random.nextInt(MAX_ITEMS_PER_ORDER);
    orders.add(orderId, userId, status.label, createdAt, shippedAt, deliveredAt, returnedAt, itemCount);

    for (int i = 0; i < itemCount; i++) {
      Product product = products.get(random.nextInt(products.size()));
      int inventoryItemId = nextInventoryItemId++;
      LocalDateTime stockedAt = SampleTime.between(random,
          SampleTime.max(SampleTime.START, createdAt.minusSeconds(MAX_SHELF_SECONDS)), createdAt);
      // A cancelled item goes back on the shelf: its inventory item stays unsold.
      LocalDateTime soldAt = status == OrderStatus.CANCELLED ? null : createdAt;
      inventoryItems.add(inventoryItemId, product.id(), stockedAt, soldAt, Product.money(product.costCents()));

      long priceCents = product.retailCents();
      if (random.nextDouble() < DISCOUNT_RATE) {
        priceCents = priceCents * (90 - random.nextInt(31)) / 100;
      }
      orderItems.add(nextOrderItemId++, orderId, userId, product.id(), inventoryItemId, status.label,
          createdAt, shippedAt, deliveredAt, returnedAt, Product.money(priceCents));

      if (random.nextDouble() < UNSOLD_RATE) {
        addUnsoldInventoryItem();
      }
    }
  }

  private void addUnsoldInventoryItem() throws SQLException {
    Product product = products.get(random.nextInt(products.size()));
    LocalDateTime stockedAt = SampleTime.between(random, SampleTime.START, SampleTime.END);
    inventoryItems.add(nextInventoryItemId++, product.id(), stockedAt, null,
        Product.money(product.costCents()));
  }
}
